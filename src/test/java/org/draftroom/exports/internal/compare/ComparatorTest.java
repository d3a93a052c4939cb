package org.draftroom.exports.internal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.exports.ComparisonSummary;
import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

class ComparatorTest {
    private static final Names NAMES = Names.of(DelegationRegistry.standard());
    private static final Author V2 = new Author("V", "WO/PBC/36/12", List.of());

    private static Paragraph para(String id, Inline... content) {
        return new Paragraph(id, true, List.of(content), List.of(), Status.OPEN, false);
    }

    private static NegotiationDocument doc(String prefix, List<Block> blocks) {
        return new NegotiationDocument(prefix + "doc", DocumentHeader.minimal("WO/PBC/35/7", "职权范围", "zh"),
                List.of(), List.of(new Section(prefix + "s", "A", List.of(new Text("背景")), blocks)));
    }

    private static List<Run> changes(Comparator.Result result) {
        List<Run> out = new ArrayList<>();
        for (Node node : result.part().body()) {
            List<Run> runs = node instanceof Node.Para p ? p.runs() : node instanceof Node.Heading h ? h.runs() : List.of();
            runs.stream().filter(r -> r instanceof Run.Change).forEach(out::add);
        }
        return out;
    }

    @Test
    void a_version_compared_with_itself_shows_no_change() {
        Comparator.Result result = Comparator.compare(SampleTor.document(), SampleTor.document(), null, NAMES, V2, null);
        assertThat(result.summary().identical()).isTrue();
        assertThat(changes(result)).isEmpty();
    }

    @Test
    void chinese_is_diffed_by_character_and_spacing_is_not_a_change() {
        List<Run> runs = TextDiff.diff("评价将审查每个驻外办事处", "评价将审查网络驻外办事处", V2);
        assertThat(runs).containsExactly(Run.plain("评价将审查"),
                new Run.Change(Run.Type.DELETE, V2, null, List.of(Run.plain("每个"))),
                new Run.Change(Run.Type.INSERT, V2, null, List.of(Run.plain("网络"))), Run.plain("驻外办事处"));
        assertThat(TextDiff.differs("2019 年 9 月 30 日", "2019 年 9月 30日")).isFalse();
        assertThat(TextDiff.diff("the evaluation of offices", "the review of offices", V2)).hasSize(4);
    }

    @Test
    void a_new_proposal_shows_as_inserted_attribution() {
        NegotiationDocument before = doc("", List.of(para("p1", new Text("评价将审查驻外办事处。"))));
        Proposal pk = Proposal.inline("x", ProposalKind.INSERT, Actors.of("PK"), List.of(), List.of(new Text("网络")));
        NegotiationDocument after = doc("", List.of(para("p1", new Text("评价将审查"), pk, new Text("驻外办事处。"))));
        Comparator.Result result = Comparator.compare(before, after, null, NAMES, V2, null);
        assertThat(result.summary()).isEqualTo(new ComparisonSummary(0, 0, 0, 1, 0, 1, 0, 0));
        assertThat(changes(result)).singleElement().satisfies(run ->
                assertThat(Run.text(List.of(run))).isEqualTo("[网络——巴基斯坦]"));
    }

    @Test
    void paragraphs_are_matched_across_renumbering_and_moves_without_shared_ids() {
        NegotiationDocument before = doc("a-", List.of(
                para("a1", new Text("在第三十三届会议上，PBC 要求秘书处提供职权范围初稿。")),
                para("a2", new Text("评价产权组织驻外办事处将根据成员国的决定进行。")),
                para("a3", new Text("评价旨在审查产权组织驻外办事处网络的规模和绩效。")),
                para("a4", new Text("评价将由独立评价师进行，并向委员会报告。"))));
        NegotiationDocument after = doc("b-", List.of(
                para("b3", new Text("评价旨在审查产权组织驻外办事处网络的规模和效绩。")),
                para("b2", new Text("评价产权组织驻外办事处将根据成员国的决定进行。")),
                para("b4", new Text("评价将由独立评价师进行，并向委员会报告。")),
                para("b5", new Text("秘书处将在第三十六届会议上提交报告。"))));
        Comparator.Result result = Comparator.compare(before, after, null, NAMES, V2, null);
        ComparisonSummary s = result.summary();
        assertThat(List.of(s.paragraphsAdded(), s.paragraphsRemoved(), s.paragraphsMoved(), s.paragraphsChanged()))
                .containsExactly(1, 1, 1, 1);
        List<Run> first = ((Node.Para) result.part().body().get(1)).runs();
        assertThat(Run.text(first)).startsWith("评价旨在审查产权组织驻外办事处网络的规模和").endsWith("(移自3.)");
        assertThat(first).filteredOn(r -> r instanceof Run.Change).hasSize(2);
    }

    @Test
    void one_paragraph_can_be_compared_alone() {
        NegotiationDocument before = doc("", List.of(para("p1", new Text("第一段。")), para("p2", new Text("每个办事处。"))));
        NegotiationDocument after = doc("", List.of(para("p1", new Text("第一段。")), para("p2", new Text("网络办事处。"))));
        Comparator.Result result = Comparator.compare(before, after, "p2", NAMES, V2, null);
        assertThat(result.part().body()).hasSize(1);
        assertThat(result.summary().paragraphsChanged()).isEqualTo(1);
    }
}
