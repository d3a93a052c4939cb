package org.draftroom.testkit;


import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * Random negotiation documents with every proposal kind and status, nested alternatives, items, footnotes,
 * statements and block proposals (rewrites, chair's texts, new items, moves) about paragraphs of the document.
 * Ids are unique within a document, as the importer and the room make them.
 */
public final class ArbitraryDocuments {
    static final List<String> ZH = List.of("评价", "办事处", "网络", "效率", "成果", "活动", "工作", "报告", "审查", "方法");
    static final List<String> EN = List.of("evaluation", "offices", "network", "shall", "report", "annual", "budget",
            "review", "member", "results");
    static final List<String> WHO = List.of("PK", "RU", "US", "DZ", "IN", "BR", "CN", "AFRICAN_GROUP");

    private final Random random;
    private final boolean zh;
    private int next;
    private String footnote;

    private ArbitraryDocuments(Random random) {
        this.random = random;
        this.zh = random.nextBoolean();
    }

    /** One document from a random source (for state machines that start from a generated text). */
    public static NegotiationDocument generate(Random random) {
        return new ArbitraryDocuments(random).document();
    }

    public static Arbitrary<NegotiationDocument> documents() {
        return Arbitraries.randomValue(r -> new ArbitraryDocuments(r).document());
    }

    private NegotiationDocument document() {
        List<Section> sections = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) sections.add(section(i));
        footnote = null;
        List<Block> preamble = random.nextInt(4) == 0 ? List.of(paragraph(true)) : List.of();
        return new NegotiationDocument("generated", DocumentHeader.minimal("WO/PBC/34/15", words(2), zh ? "zh" : "en"),
                preamble, sections);
    }

    private Section section(int index) {
        List<Block> blocks = new ArrayList<>();
        footnote = random.nextInt(3) == 0 ? id("fn") : null;
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) blocks.add(paragraph(random.nextInt(5) > 0));
        List<String> paragraphs = blocks.stream().map(Block::id).toList();
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) blocks.add(1 + random.nextInt(blocks.size()), blockProposal(paragraphs));
        if (footnote != null) blocks.add(new Footnote(footnote, List.of(new Text(words(3)))));
        if (random.nextInt(5) == 0) {
            blocks.add(new Statement(id("st"), Statement.StatementKind.STATEMENT, actors(), List.of(new Text(words(3)))));
        }
        return new Section(id("s"), Numbering.sectionLabel(index), List.of(new Text(words(2))), blocks);
    }

    private Paragraph paragraph(boolean numbered) {
        List<Block> items = new ArrayList<>();
        int n = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        Item.Marker marker = Item.Marker.values()[random.nextInt(Item.Marker.values().length)];
        for (int i = 0; i < n; i++) items.add(new Item(id("i"), marker, content(1), List.of(), random.nextInt(4) == 0));
        boolean bracketed = random.nextInt(6) == 0;
        Status status = random.nextInt(5) == 0 ? Status.AGREED : Status.OPEN;
        return new Paragraph(id("p"), numbered, content(0), items, status, bracketed);
    }

    /** Words, then proposals each followed by words; one level of nesting at most. */
    private List<Inline> content(int depth) {
        List<Inline> out = new ArrayList<>();
        out.add(new Text(words(1 + random.nextInt(3)) + space()));
        int n = random.nextInt(depth > 0 ? 2 : 4);
        for (int i = 0; i < n; i++) {
            out.add(proposal(depth));
            out.add(new Text(space() + words(1 + random.nextInt(2)) + space()));
        }
        if (depth == 0 && footnote != null && random.nextInt(3) == 0) out.add(new FootnoteRef(footnote));
        return out;
    }

    private Proposal proposal(int depth) {
        ProposalKind kind = ProposalKind.values()[random.nextInt(ProposalKind.values().length)];
        List<Inline> target = switch (kind) {
            case INSERT, ADD_ITEM, BRACKETED, CHAIR_ALTERNATIVE -> List.of();
            case DELETE, REPLACE, REWRITE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE, CHAIR_SUGGESTION -> wording(depth);
        };
        List<Inline> text = switch (kind) {
            case INSERT, REPLACE, REWRITE, ADD_ITEM, BRACKETED, CHAIR_ALTERNATIVE -> wording(depth);
            case CHAIR_SUGGESTION -> random.nextBoolean() ? wording(depth) : List.of();
            case DELETE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE -> List.of();
        };
        List<Proposal> nested = depth == 0 && random.nextInt(5) == 0 ? List.of(proposal(1)) : List.of();
        Actors actors = kind == ProposalKind.BRACKETED ? Actors.NOBODY
                : kind == ProposalKind.CHAIR_ALTERNATIVE || kind == ProposalKind.CHAIR_SUGGESTION ? Actors.of(Actors.CHAIR)
                : actors();
        return new Proposal(id("pr"), kind, actors, target, text, List.of(), null, List.of(), status(), nested,
                positions(), null);
    }

    /** Words that may themselves hold a nested proposal (an amendment to the amendment). */
    private List<Inline> wording(int depth) {
        List<Inline> out = new ArrayList<>();
        out.add(new Text(words(1 + random.nextInt(2))));
        if (depth == 0 && random.nextInt(8) == 0) {
            out.add(proposal(1));
            out.add(new Text(space() + words(1)));
        }
        return out;
    }

    private ProposalBlock blockProposal(List<String> paragraphs) {
        String about = paragraphs.get(random.nextInt(paragraphs.size()));
        int choice = random.nextInt(5);
        Proposal p = switch (choice) {
            case 0 -> new Proposal(id("pr"), ProposalKind.REWRITE, actors(), List.of(), List.of(new Text(words(4))),
                    List.of(about), null, List.of(), status(), List.of(), positions(), null);
            case 1 -> new Proposal(id("pr"), random.nextBoolean() ? ProposalKind.CHAIR_ALTERNATIVE : ProposalKind.REWRITE,
                    random.nextBoolean() ? Actors.of(Actors.CHAIR) : actors(), List.of(), List.of(), List.of(about), null,
                    List.of(paragraph(true), paragraph(true)), status(), List.of(), positions(), null);
            case 2 -> new Proposal(id("pr"), ProposalKind.ADD_ITEM, actors(), List.of(), List.of(), List.of(about), null,
                    List.of(new Item(id("i"), Item.Marker.BULLET, content(1), List.of(), true)), status(), List.of(),
                    positions(), null);
            case 3 -> new Proposal(id("pr"), ProposalKind.MOVE, actors(), List.of(), List.of(), List.of(about), "B",
                    List.of(), status(), List.of(), positions(), null);
            default -> new Proposal(id("pr"), random.nextBoolean() ? ProposalKind.DELETE : ProposalKind.RETAIN, actors(),
                    List.of(), List.of(), List.of(about), null, List.of(), status(), List.of(), positions(), null);
        };
        return new ProposalBlock(id("pb"), p);
    }

    private Status status() {
        int r = random.nextInt(10);
        return r < 6 ? Status.OPEN : r < 8 ? Status.AGREED : r < 9 ? Status.WITHDRAWN : Status.SUPERSEDED;
    }

    private List<Position> positions() {
        if (random.nextInt(3) > 0) return List.of();
        Position.Stance stance = random.nextBoolean() ? Position.Stance.SUPPORT : Position.Stance.OPPOSE;
        return List.of(new Position(id("po"), stance, Actors.of(WHO.get(random.nextInt(WHO.size()))), null, null));
    }

    private Actors actors() {
        return Actors.of(WHO.get(random.nextInt(WHO.size())));
    }

    private String words(int n) {
        List<String> vocabulary = zh ? ZH : EN;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(vocabulary.get(random.nextInt(vocabulary.size())));
        return String.join(zh ? "" : " ", out);
    }

    private String space() {
        return zh ? "" : " ";
    }

    private String id(String prefix) {
        return prefix + (next++);
    }
}
