package org.draftroom.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** Large negotiation texts for benchmarks: n paragraphs, each with ~10 attributed proposals and positions. */
public final class GeneratedDocuments {
    private static final String[] WORDS = ("评价 产权组织 驻外办事处 网络 相关性 有效性 影响 可持续性 效率 指导原则 "
            + "成员国 秘书处 职权范围 外聘审计员 战略 计划和预算委员会 发展议程 东道国 绩效 数据").split(" ");
    private static final String[] BY = {"PK", "US", "RU", "DZ", "AE", "IR", "NG", "CA", "IN", "CO", "BR", "SG"};
    private static final ProposalKind[] KINDS = {ProposalKind.INSERT, ProposalKind.DELETE, ProposalKind.REPLACE,
            ProposalKind.RETAIN};

    private GeneratedDocuments() {
    }

    public static NegotiationDocument withParagraphs(int paragraphs, int proposalsPerParagraph, long seed) {
        Random random = new Random(seed);
        List<Section> sections = new ArrayList<>();
        int perSection = 50;
        for (int s = 0; s * perSection < paragraphs; s++) {
            List<Block> blocks = new ArrayList<>();
            for (int p = s * perSection; p < Math.min(paragraphs, (s + 1) * perSection); p++) {
                blocks.add(paragraph("p" + p, proposalsPerParagraph, random));
            }
            sections.add(new Section("s" + s, null, List.of(new Text("第 " + (s + 1) + " 节")), blocks));
        }
        return new NegotiationDocument("bench-" + paragraphs,
                DocumentHeader.minimal("BENCH/" + paragraphs, "生成的文件", "zh"), List.of(), sections);
    }

    private static Paragraph paragraph(String id, int proposals, Random random) {
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            content.add(new Text(words(random, 8)));
            String by = BY[random.nextInt(BY.length)];
            ProposalKind kind = KINDS[random.nextInt(KINDS.length)];
            List<Inline> target = kind == ProposalKind.INSERT ? List.of() : List.of(new Text(words(random, 2)));
            List<Inline> text = kind == ProposalKind.DELETE || kind == ProposalKind.RETAIN ? List.of()
                    : List.of(new Text(words(random, 3)));
            Proposal proposal = Proposal.inline(id + "-x" + i, kind, Actors.of(by), target, text)
                    .withPositions(List.of(new Position(id + "-x" + i + "-o", Position.Stance.OPPOSE,
                            Actors.of(BY[random.nextInt(BY.length)]), null, null)));
            content.add(proposal);
        }
        content.add(new Text(words(random, 6) + "。"));
        return new Paragraph(id, true, content, List.of(), Status.OPEN, false);
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(WORDS[random.nextInt(WORDS.length)]);
        return out.toString();
    }
}
