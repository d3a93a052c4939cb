package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.TestDocuments.P5;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.room.internal.Contradictions.Contradiction;
import org.draftroom.room.internal.Contradictions.Kind;
import org.draftroom.testkit.TestDocuments;

class ContradictionsTest {
    private static final Actors AFRICAN_GROUP_BY_NIGERIA = new Actors(List.of("NG"), "AFRICAN_GROUP", List.of());

    /** Paragraph 2 of {@link TestDocuments#tor} (p5) with {@code actors} proposing to delete it. */
    private static NegotiationDocument deleted(Actors actors) {
        return Proposing.aboutBlock(TestDocuments.tor("T"), "p5", ProposalKind.DELETE, actors, null, null, "del");
    }

    private static NegotiationDocument inserting(NegotiationDocument doc, String blockId, Actors actors) {
        List<Tokens.Token> base = Tokens.of(DocumentEdits.content(doc, blockId));
        String wording = blockId.equals("p5") ? P5.replace("aims", "and purpose aims") : "The Committee requested a first draft.";
        var changes = WordDiff.changes(base, Tokens.parse(wording, Tokens.atoms(base)));
        return Proposing.proposeChanges(doc, blockId, base, changes, actors, id -> { });
    }

    private static List<Kind> kinds(List<Contradiction> found) {
        return found.stream().map(Contradiction::kind).toList();
    }

    @Test
    void deleting_a_paragraph_and_inserting_words_into_it_contradict_for_that_delegation_only() {
        NegotiationDocument doc = inserting(deleted(Actors.of("PK")), "p5", Actors.of("PK"));
        List<Contradiction> found = Contradictions.of(doc, "PK", Set.of());
        assertThat(kinds(found)).containsExactly(Kind.DELETES_WHAT_IT_CHANGES);
        assertThat(found.getFirst().first().id()).isEqualTo("del");
        assertThat(found.getFirst().second().kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(Contradictions.of(doc, "US", Set.of())).isEmpty();
    }

    @Test
    void another_delegations_insertion_or_ones_own_in_another_paragraph_is_no_contradiction() {
        assertThat(Contradictions.of(inserting(deleted(Actors.of("PK")), "p5", Actors.of("US")), "PK", Set.of())).isEmpty();
        assertThat(Contradictions.of(inserting(deleted(Actors.of("PK")), "p4", Actors.of("PK")), "PK", Set.of())).isEmpty();
    }

    @Test
    void retaining_rewriting_or_moving_the_paragraph_it_deletes_contradicts() {
        for (ProposalKind kind : List.of(ProposalKind.RETAIN, ProposalKind.MOVE)) {
            NegotiationDocument doc = Proposing.aboutBlock(deleted(Actors.of("PK")), "p5", kind, Actors.of("PK"),
                    kind == ProposalKind.MOVE ? "B" : null, null, "other");
            assertThat(kinds(Contradictions.of(doc, "PK", Set.of()))).as(kind.wire()).containsExactly(Kind.DELETES_WHAT_IT_CHANGES);
        }
        NegotiationDocument rewritten = Proposing.rewrite(deleted(Actors.of("PK")), "p5", "New aims.", Actors.of("PK"), "rw");
        assertThat(Contradictions.of(rewritten, "PK", Set.of())).extracting(c -> c.second().id()).containsExactly("rw");
    }

    @Test
    void a_groups_proposal_counts_for_a_member_only_when_the_rule_lets_it_speak_for_the_group() {
        NegotiationDocument doc = inserting(deleted(AFRICAN_GROUP_BY_NIGERIA), "p5", Actors.of("DZ"));
        assertThat(kinds(Contradictions.of(doc, "DZ", Set.of("AFRICAN_GROUP")))).containsExactly(Kind.DELETES_WHAT_IT_CHANGES);
        assertThat(Contradictions.of(doc, "DZ", Set.of())).isEmpty();
        // the group's deletion is not Nigeria's own when Nigeria does not speak for the group either
        assertThat(Contradictions.of(inserting(deleted(AFRICAN_GROUP_BY_NIGERIA), "p5", Actors.of("NG")), "NG", Set.of())).isEmpty();
    }

    @Test
    void supporting_a_deletion_and_proposing_inside_the_paragraph_contradict() {
        NegotiationDocument doc = inserting(deleted(Actors.of("PK")), "p5", Actors.of("US"));
        doc = Positions.state(doc, "del", Positions.of("US", null, Position.Stance.SUPPORT, null));
        assertThat(kinds(Contradictions.of(doc, "US", Set.of()))).containsExactly(Kind.DELETES_WHAT_IT_CHANGES);
    }

    @Test
    void deleting_a_passage_that_holds_ones_own_insertion_contradicts() {
        Proposal insertion = Proposal.inline("ins", ProposalKind.INSERT, Actors.of("RU"), List.of(), List.of(new Text("network ")));
        Proposal deletion = Proposal.inline("del", ProposalKind.DELETE, Actors.of("RU"),
                List.of(new Text("the size of the "), insertion), List.of());
        NegotiationDocument doc = DocumentEdits.withContent(TestDocuments.tor("T"), "p4", List.of(new Text("Review "), deletion));
        assertThat(Contradictions.of(doc, "RU", Set.of())).extracting(Contradiction::kind, c -> c.second().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DELETES_WHAT_IT_AMENDS, "ins"));
        assertThat(Contradictions.of(doc, "CN", Set.of())).isEmpty();
    }

    @Test
    void opposing_ones_own_proposal_contradicts_and_a_withdrawn_deletion_no_longer_does() {
        NegotiationDocument doc = Positions.state(deleted(Actors.of("PK")), "del", Positions.of("PK", null, Position.Stance.OPPOSE, null));
        assertThat(kinds(Contradictions.of(doc, "PK", Set.of()))).containsExactly(Kind.OPPOSES_ITS_OWN);

        NegotiationDocument withdrawn = Proposing.withdraw(inserting(deleted(Actors.of("PK")), "p5", Actors.of("PK")), "del", "PK",
                reason -> { throw new AssertionError(reason); });
        assertThat(withdrawn).satisfies(d -> assertThat(DocumentEdits.requireProposal(d, "del").status()).isEqualTo(Status.WITHDRAWN));
        assertThat(Contradictions.of(withdrawn, "PK", Set.of())).isEmpty();
    }

    @Test
    void the_check_before_submitting_names_only_what_the_submission_adds() {
        NegotiationDocument doc = deleted(Actors.of("PK"));
        assertThat(ContradictionCheck.ifProposed(doc, "p5", P5.replace("aims", "and purpose aims"), false, Actors.of("PK"), Set.of()))
                .extracting(c -> c.first().id()).containsExactly("del");
        assertThat(ContradictionCheck.ifProposed(doc, "p5", "New aims.", true, Actors.of("PK"), Set.of())).hasSize(1);
        assertThat(ContradictionCheck.ifProposed(doc, "p4", "The Committee requested a first draft.", false, Actors.of("PK"), Set.of())).isEmpty();
        assertThat(ContradictionCheck.ifProposed(doc, "p5", "New aims.", true, Actors.of("US"), Set.of())).isEmpty();
        // already there before: not announced again
        NegotiationDocument both = inserting(doc, "p5", Actors.of("PK"));
        assertThat(ContradictionCheck.ifProposed(both, "p4", "The Committee requested a first draft.", false, Actors.of("PK"), Set.of())).isEmpty();
    }
}
