package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

class AgreementTest {

    private static NegotiationDocument withInsertion(List<String> ids) {
        NegotiationDocument doc = TestDocuments.threeParagraphs("评价驻外办事处网络的规模");
        var base = Tokens.of(DocumentEdits.content(doc, "par1"));
        var changes = WordDiff.changes(base, Tokens.split("评价产权组织驻外办事处网络的规模"));
        return Proposing.proposeChanges(doc, "par1", base, changes, Actors.of("PK"), ids::add);
    }

    private static String wording(NegotiationDocument doc, String id) {
        return Walk.plainText(DocumentEdits.content(doc, id));
    }

    @Test
    void an_agreed_insertion_becomes_plain_text() {
        List<String> ids = new ArrayList<>();
        NegotiationDocument doc = Agreement.agreeProposal(withInsertion(ids), ids.getFirst());
        assertThat(Walk.proposals(doc)).isEmpty();
        assertThat(wording(doc, "par1")).isEqualTo("评价产权组织驻外办事处网络的规模");
    }

    @Test
    void an_edit_leaves_the_wording_of_other_paragraphs_exactly_as_it_was() {
        NegotiationDocument doc = TestDocuments.threeParagraphs(List.of(new org.draftroom.negotiation.Text("split "), new org.draftroom.negotiation.Text("text")));
        NegotiationDocument edited = Agreement.agreeBlock(doc, "par2");
        assertThat(DocumentEdits.content(edited, "par1")).hasSize(2);
        assertThat(edited.sections().get(1)).isEqualTo(doc.sections().get(1));
    }

    @Test
    void an_agreed_paragraph_loses_its_brackets() {
        NegotiationDocument doc = Agreement.agreeBlock(TestDocuments.threeParagraphs("x"), "par1");
        Paragraph p = (Paragraph) DocumentEdits.requireBlock(doc, "par1");
        assertThat(p.bracketed()).isFalse();
        assertThat(p.status()).isEqualTo(Status.AGREED);
        assertThatThrownBy(() -> Agreement.agreeBlock(doc, "par1")).hasMessageContaining("already agreed");
    }

    @Test
    void a_chair_text_merges_chosen_proposals_and_supersedes_them_when_agreed() {
        List<String> ids = new ArrayList<>();
        NegotiationDocument doc = withInsertion(ids);
        String insertion = ids.getFirst();
        assertThat(ChairDrafts.startingWording(doc, List.of("par1"), Set.of())).containsExactly("评价驻外办事处网络的规模");
        List<String> draft = ChairDrafts.startingWording(doc, List.of("par1"), Set.of(insertion));
        assertThat(draft).containsExactly("评价产权组织驻外办事处网络的规模");
        assertThat(ChairDrafts.candidates(doc, List.of("par1"))).extracting(Proposal::id).containsExactly(insertion);

        NegotiationDocument posted = ChairDrafts.post(doc, List.of("par1"), draft, "c1");
        Proposal alt = DocumentEdits.requireProposal(posted, "c1");
        assertThat(alt.kind()).isEqualTo(ProposalKind.CHAIR_ALTERNATIVE);
        assertThat(alt.targetIds()).containsExactly("par1");

        NegotiationDocument agreed = Agreement.adopt(posted, "c1", Set.of(insertion), Status.AGREED);
        assertThat(DocumentEdits.block(agreed, "par1")).isEmpty();
        List<Block> blocks = agreed.sections().getFirst().blocks();
        Paragraph first = (Paragraph) blocks.getFirst();
        assertThat(Walk.plainText(first.content())).isEqualTo("评价产权组织驻外办事处网络的规模");
        assertThat(first.bracketed()).isFalse();
        assertThat(first.status()).isEqualTo(Status.AGREED);
        assertThat(Walk.proposals(agreed)).isEmpty();
    }

    @Test
    void accepting_a_chair_text_keeps_it_open_and_supersedes_proposals_about_the_replaced_paragraph() {
        NegotiationDocument doc = Proposing.aboutBlock(TestDocuments.threeParagraphs("x"), "par1", ProposalKind.MOVE, Actors.of("IR"), "B", null, "m1");
        doc = ChairDrafts.post(doc, List.of("par1"), List.of("y"), "c1");
        NegotiationDocument accepted = Agreement.adopt(doc, "c1", Set.of(), Status.OPEN);
        assertThat(DocumentEdits.requireProposal(accepted, "m1").status()).isEqualTo(Status.SUPERSEDED);
        Paragraph replaced = (Paragraph) accepted.sections().getFirst().blocks().getFirst();
        assertThat(replaced.bracketed()).isTrue();
        assertThat(replaced.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void agreed_moves_and_new_items_take_effect() {
        NegotiationDocument doc = Proposing.aboutBlock(TestDocuments.threeParagraphs("x"), "par2", ProposalKind.MOVE, Actors.of("IR"), "B", null, "m1");
        NegotiationDocument moved = Agreement.agreeProposal(doc, "m1");
        assertThat(DocumentEdits.sectionOf(moved, "par2")).isEqualTo("secB");
        assertThat(Walk.proposals(moved)).isEmpty();

        NegotiationDocument added = Proposing.addAfter(TestDocuments.threeParagraphs("x"), "par1", "New paragraph.", Actors.of("RU", "CN"), "a1");
        NegotiationDocument agreed = Agreement.agreeProposal(added, "a1");
        assertThat(agreed.sections().getFirst().blocks()).hasSize(3);
        assertThat(Walk.plainText(((Paragraph) agreed.sections().getFirst().blocks().get(1)).content())).isEqualTo("New paragraph.");
    }

    @Test
    void one_position_per_delegation_which_can_change_and_be_withdrawn() {
        List<String> ids = new ArrayList<>();
        NegotiationDocument doc = withInsertion(ids);
        String p = ids.getFirst();
        doc = Positions.state(doc, p, Positions.of("US", null, Position.Stance.OPPOSE, null));
        doc = Positions.state(doc, p, Positions.of("DZ", "AFRICAN_GROUP", Position.Stance.SUPPORT, "OK"));
        doc = Positions.state(doc, p, Positions.of("US", null, Position.Stance.RESERVE, "持保留意见"));
        assertThat(DocumentEdits.requireProposal(doc, p).positions()).extracting(Position::stance)
                .containsExactly(Position.Stance.SUPPORT, Position.Stance.RESERVE);
        NegotiationDocument withdrawn = Positions.withdraw(doc, p, "US");
        assertThat(DocumentEdits.requireProposal(withdrawn, p).positions()).hasSize(1);
        assertThatThrownBy(() -> Positions.withdraw(withdrawn, p, "US")).hasMessageContaining("no position");
    }

    @Test
    void only_the_proposer_withdraws_and_a_co_sponsor_only_takes_its_name_off() {
        NegotiationDocument doc = Proposing.addAfter(TestDocuments.threeParagraphs("x"), "par1", "New.", Actors.of("RU", "CN"), "a1");
        NegotiationDocument coOff = Proposing.withdraw(doc, "a1", "CN", r -> { throw new IllegalStateException(r); });
        assertThat(DocumentEdits.requireProposal(coOff, "a1").actors().by()).containsExactly("RU");
        assertThat(DocumentEdits.requireProposal(coOff, "a1").status()).isEqualTo(Status.OPEN);
        NegotiationDocument gone = Proposing.withdraw(doc, "a1", "RU", r -> { throw new IllegalStateException(r); });
        assertThat(DocumentEdits.requireProposal(gone, "a1").status()).isEqualTo(Status.WITHDRAWN);
        assertThatThrownBy(() -> Proposing.withdraw(doc, "a1", "US", r -> { throw new IllegalStateException(r); }))
                .hasMessageContaining("only the delegation that made a proposal");
    }

    @Test
    void brackets_are_requested_around_a_span_within_plain_text() {
        NegotiationDocument doc = Proposing.proposeOnSpan(TestDocuments.threeParagraphs("评价的年份和评价的范围"), "par1", "评价的", 2,
                ProposalKind.REQUEST_BRACKETS, Actors.of("US"), "r1");
        Proposal r = DocumentEdits.requireProposal(doc, "r1");
        assertThat(Walk.plainText(r.target())).isEqualTo("评价的");
        assertThat(Tokens.render(Tokens.of(DocumentEdits.content(doc, "par1")))).isEqualTo("评价的年份和⟦1⟧范围");
        assertThatThrownBy(() -> Proposing.proposeOnSpan(doc, "par1", "不存在", 1, ProposalKind.RETAIN, Actors.of("US"), "r2"))
                .hasMessageContaining("does not occur");
    }
}
