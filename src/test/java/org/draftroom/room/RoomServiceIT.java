package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.DocumentEdits;

@DraftroomIT
@RecordApplicationEvents
class RoomServiceIT {
    @Autowired
    RoomService room;
    @Autowired
    DocumentService documents;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.draftroom.audit.AuditTrail audit;
    String doc;

    @BeforeEach
    void createDocument() {
        doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/ROOM/" + System.nanoTime()), null));
    }

    private NegotiationDocument load() {
        return as("secretariat", () -> documents.load(doc));
    }

    private String wording(String blockId) {
        return Walk.plainText(DocumentEdits.content(load(), blockId));
    }

    @Test
    void a_delegate_proposes_new_wording_and_it_is_recorded_as_its_insertion() {
        RoomOutcome out = as("pakistan", () -> room.proposeWording(doc, "p5",
                P5.replace("the evaluation", "the independent evaluation"), null, Acting.self()));
        Proposal p = DocumentEdits.requireProposal(load(), out.ids().getFirst());
        assertThat(p.kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(Walk.plainText(p.text())).isEqualTo("independent ");
        assertThat(p.actors().by()).containsExactly("PK");
        assertThat(as("pakistan", () -> documents.history(doc, "p5"))).last()
                .satisfies(h -> {
                    assertThat(h.actor()).isEqualTo("pakistan");
                    assertThat(h.summary()).contains("insert “independent”");
                });
    }

    @Test
    void chinese_wording_is_diffed_character_by_character_on_behalf_of_a_group_with_co_sponsors() {
        RoomOutcome out = as("algeria", () -> room.proposeWording(doc, "p6", "评价产权组织每个驻外办事处的规模和效绩。", null,
                new Acting(null, "AFRICAN_GROUP", List.of("NG"))));
        List<Proposal> made = out.ids().stream().map(id -> DocumentEdits.requireProposal(load(), id)).toList();
        assertThat(made).extracting(Proposal::kind).containsExactly(ProposalKind.INSERT, ProposalKind.DELETE);
        assertThat(Walk.plainText(made.get(1).target())).isEqualTo("网络");
        assertThat(made.getFirst().actors().by()).containsExactly("DZ");
        assertThat(made.getFirst().actors().requested()).containsExactly("NG");
        assertThat(made.getFirst().actors().onBehalfOf()).isEqualTo("AFRICAN_GROUP");
    }

    @Test
    void the_secretariat_records_for_a_delegation_and_the_history_shows_who_typed_it() {
        as("secretariat", () -> room.proposeWording(doc, "p5", P5 + " It covers 2016-2021.", null, Acting.as("RU")));
        assertThat(Walk.proposals(load())).singleElement().satisfies(p -> assertThat(p.actors().by()).containsExactly("RU"));
        assertThat(as("secretariat", () -> documents.history(doc, "p5"))).last().satisfies(h -> {
            assertThat(h.actor()).isEqualTo("secretariat");
            assertThat(h.onBehalf().by()).containsExactly("RU");
        });
    }

    @Test
    void an_edit_started_on_an_older_revision_is_rebased_when_it_touches_other_words() {
        long base = as("pakistan", () -> room.wording(doc, "p5")).revision();
        as("usa", () -> room.proposeWording(doc, "p5", P5.replace("Based on", "On the basis of"), base, Acting.self()));
        RoomOutcome late = as("pakistan", () -> room.proposeWording(doc, "p5",
                P5.replace("external offices", "WIPO external offices"), base, Acting.self()));
        assertThat(late.rebased()).isTrue();
        assertThat(Walk.proposals(load())).extracting(p -> p.actors().by().getFirst()).containsExactlyInAnyOrder("US", "PK");
    }

    @Test
    void an_edit_of_the_same_words_since_changed_is_refused_with_what_changed_and_by_whom() {
        long base = as("pakistan", () -> room.wording(doc, "p5")).revision();
        as("secretariat", () -> room.editBase(doc, "p5", P5.replace("size", "scale"), base));
        long before = as("pakistan", () -> documents.get(doc).revision());
        assertThatThrownBy(() -> as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("size", "extent"), base, Acting.self())))
                .isInstanceOf(RoomConflictException.class)
                .hasMessageContaining("“size” became “scale”").hasMessageContaining("by secretariat");
        assertThat(as("pakistan", () -> documents.get(doc).revision())).isEqualTo(before);
        assertThat(wording("p5")).isEqualTo(P5.replace("size", "scale"));
    }

    @Test
    void positions_are_stated_changed_and_withdrawn() {
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " More.", null, Acting.self())).ids().getFirst();
        as("usa", () -> room.statePosition(doc, pid, Position.Stance.OPPOSE, null, Acting.self()));
        as("usa", () -> room.statePosition(doc, pid, Position.Stance.RESERVE, "needs study", Acting.self()));
        as("secretariat", () -> room.statePosition(doc, pid, Position.Stance.SUPPORT, null, Acting.as("CN")));
        assertThat(DocumentEdits.requireProposal(load(), pid).positions())
                .extracting(p -> p.actors().by().getFirst() + ":" + p.stance())
                .containsExactly("US:RESERVE", "CN:SUPPORT");
        as("usa", () -> room.withdrawPosition(doc, pid, Acting.self()));
        assertThat(DocumentEdits.requireProposal(load(), pid).positions()).hasSize(1);
    }

    @Test
    void a_chair_text_drawing_on_a_proposal_supersedes_it_and_once_agreed_reads_clean() {
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null,
                Acting.self())).ids().getFirst();
        as("usa", () -> room.statePosition(doc, pid, Position.Stance.OPPOSE, null, Acting.self()));
        ChairDraft draft = as("chair", () -> room.chairDraft(doc, List.of("p5"), Set.of(pid)));
        assertThat(draft.wordings()).containsExactly(P5.replace("aims", "and purpose aims"));
        assertThat(draft.candidates()).extracting(ChairDraft.Candidate::proposalId).containsExactly(pid);
        String chairText = as("chair", () -> room.postChairText(doc, List.of("p5"), draft.wordings(), Set.of(pid))).ids().getFirst();
        assertThat(as("usa", () -> room.lineage(doc))).singleElement().satisfies(l -> {
            assertThat(l.chairProposalId()).isEqualTo(chairText);
            assertThat(l.sourceProposalId()).isEqualTo(pid);
            assertThat(l.summary()).contains("Pakistan").contains("and purpose").doesNotContain("PK");
        });

        as("secretariat", () -> room.agree(doc, chairText));
        NegotiationDocument agreed = load();
        Paragraph fifth = (Paragraph) agreed.sections().getFirst().blocks().get(1);
        assertThat(Walk.plainText(fifth.content())).isEqualTo(P5.replace("aims", "and purpose aims"));
        assertThat(fifth.bracketed()).isFalse();
        assertThat(fifth.status()).isEqualTo(Status.AGREED);
        assertThat(DocumentEdits.block(agreed, "p5")).isEmpty();

        as("secretariat", () -> room.undoAgree(doc, chairText));
        assertThat(DocumentEdits.requireProposal(load(), chairText).status()).isEqualTo(Status.OPEN);
        assertThat(DocumentEdits.requireProposal(load(), pid).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void accepting_a_chair_text_makes_it_the_text_delegations_amend() {
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " Now.", null, Acting.self())).ids().getFirst();
        String chairText = as("chair", () -> room.postChairText(doc, List.of("p4", "p5"), List.of("One.", "Two."), Set.of(pid))).ids().getFirst();
        as("chair", () -> room.acceptChairText(doc, chairText));
        List<String> texts = load().sections().getFirst().blocks().stream()
                .map(b -> Walk.plainText(((Paragraph) b).content())).toList();
        assertThat(texts).containsExactly("One.", "Two.");
        String newFirst = load().sections().getFirst().blocks().getFirst().id();
        as("usa", () -> room.proposeWording(doc, newFirst, "One more.", null, Acting.self()));
        assertThat(Walk.proposals(load())).singleElement().satisfies(p -> assertThat(p.actors().by()).containsExactly("US"));
    }

    @Test
    void agreeing_a_paragraph_removes_its_brackets_and_can_be_undone() {
        as("secretariat", () -> room.agree(doc, "p5"));
        assertThat(((Paragraph) DocumentEdits.requireBlock(load(), "p5")).bracketed()).isFalse();
        as("secretariat", () -> room.undoAgree(doc, "p5"));
        Paragraph back = (Paragraph) DocumentEdits.requireBlock(load(), "p5");
        assertThat(back.bracketed()).isTrue();
        assertThat(back.status()).isEqualTo(Status.OPEN);
        assertThatThrownBy(() -> as("secretariat", () -> room.undoAgree(doc, "p5"))).hasMessageContaining("no agreement on this to undo");
    }

    @Test
    void block_proposals_moves_deletions_new_paragraphs_and_span_requests_are_recorded() {
        as("iran", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.MOVE, "B", Acting.self()));
        as("uae", () -> room.proposeAboutParagraph(doc, "p4", ProposalKind.DELETE, null, Acting.self()));
        as("russia", () -> room.proposeNewAfter(doc, "p6", "新的一段。", new Acting(null, null, List.of("CN"))));
        as("usa", () -> room.proposeOnSpan(doc, "p5", ProposalKind.REQUEST_BRACKETS, "size and performance", 1, Acting.self()));
        assertThat(Walk.proposals(load())).extracting(p -> p.kind() + " " + String.join(",", p.actors().by()))
                .containsExactlyInAnyOrder("MOVE IR", "DELETE AE", "ADD_ITEM RU", "REQUEST_BRACKETS US");
        assertThat(Walk.proposals(load())).filteredOn(p -> p.kind() == ProposalKind.MOVE).singleElement()
                .satisfies(p -> assertThat(p.destination()).isEqualTo("sB"));
    }

    @Test
    void a_refusal_changes_nothing_and_is_published_for_the_audit_trail() {
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " X.", null, Acting.self())).ids().getFirst();
        long revision = as("usa", () -> documents.get(doc).revision());
        int history = as("usa", () -> documents.history(doc, null).size());
        assertThatThrownBy(() -> as("usa", () -> room.withdraw(doc, pid, Acting.self())))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("only the delegation that made a proposal");
        assertThatThrownBy(() -> as("usa", () -> room.proposeWording(doc, "p5", P5 + " Y.", null, Acting.as("PK"))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("acts only for its own delegation");
        assertThatThrownBy(() -> as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " Y.", null, new Acting(null, "AFRICAN_GROUP", List.of()))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("not a member of AFRICAN_GROUP");
        assertThat(as("usa", () -> documents.get(doc).revision())).isEqualTo(revision);
        assertThat(as("usa", () -> documents.history(doc, null))).hasSize(history);
        assertThat(events.stream(RuleViolation.class).filter(v -> doc.equals(v.documentId())))
                .extracting(RuleViolation::username, RuleViolation::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("usa", "withdraw"), org.assertj.core.groups.Tuple.tuple("usa", "propose"),
                        org.assertj.core.groups.Tuple.tuple("pakistan", "propose"));
        assertThat(DocumentEdits.requireProposal(load(), pid).status()).isEqualTo(Status.OPEN);
        assertThat(as("secretariat", () -> audit.latest(50))).filteredOn(e -> e.subject().equals("document " + doc))
                .extracting(e -> e.actor() + " " + e.action())
                .contains("usa room-refused:withdraw", "usa room-refused:propose", "pakistan room-refused:propose");
    }
}
