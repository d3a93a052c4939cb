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

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.testkit.TestDocuments;

/**
 * Object-level authority (issue 12, findings 2 and the chair-text rules): an operation given an id checks that
 * the id is the kind of thing it acts on and that the caller may act on that very thing.
 */
@DraftroomIT
class RoomAuthorityIT {
    @Autowired
    RoomService room;
    @Autowired
    DocumentService documents;
    String doc;

    @BeforeEach
    void createDocument() {
        doc = as("secretariat", () -> documents.create(org.draftroom.testkit.TestDocuments.tor("TEST/AUTHORITY/" + System.nanoTime()), null));
    }

    private NegotiationDocument load() {
        return as("secretariat", () -> documents.load(doc));
    }

    private long revision() {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    @Test
    void taking_a_delegates_new_paragraph_as_a_chairs_text_is_refused_and_deletes_nothing() {
        String pk = as("pakistan", () -> room.proposeWording(doc, "p4", "The Committee requested a short draft.", null, Acting.self())).ids().getFirst();
        String added = as("usa", () -> room.proposeNewAfter(doc, "p4", "Added.", Acting.self())).ids().getFirst();
        long before = revision();

        for (String user : List.of("chair", "secretariat")) {
            assertThatThrownBy(() -> as(user, () -> room.acceptChairText(doc, added)))
                    .as(user).isInstanceOf(RoomRuleViolation.class).hasMessageContaining("not a chair's text");
        }
        assertThat(revision()).isEqualTo(before);
        assertThat(DocumentEdits.block(load(), "p4")).isPresent();
        assertThat(DocumentEdits.requireProposal(load(), pk).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void a_chairs_text_may_draw_only_on_proposals_inside_the_paragraphs_it_replaces() {
        String inP4 = as("pakistan", () -> room.proposeWording(doc, "p4", "The Committee requested a short draft.", null, Acting.self())).ids().getFirst();
        String inP5 = as("usa", () -> room.proposeWording(doc, "p5", P5.replace("size", "scale"), null, Acting.self())).ids().getFirst();
        long before = revision();

        assertThatThrownBy(() -> as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(inP5, inP4))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining(inP4).hasMessageContaining("p5");
        assertThat(revision()).isEqualTo(before);

        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(inP5))).ids().getFirst();
        as("chair", () -> room.acceptChairText(doc, chair));
        assertThat(DocumentEdits.requireProposal(load(), inP4).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void the_chair_cannot_replace_agreed_text_alone_the_secretariat_can() {
        as("secretariat", () -> room.agree(doc, "p6"));
        String chair = as("chair", () -> room.postChairText(doc, List.of("p6"), List.of("主席的案文。"), Set.of())).ids().getFirst();
        long before = revision();

        assertThatThrownBy(() -> as("chair", () -> room.acceptChairText(doc, chair)))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("agreed").hasMessageContaining("secretariat");
        assertThat(revision()).isEqualTo(before);

        as("secretariat", () -> room.acceptChairText(doc, chair));
        assertThat(Walk.plainText(DocumentEdits.content(load(), firstParagraphOf(load(), "sB")))).isEqualTo("主席的案文。");
    }

    @Test
    void no_position_on_a_superseded_or_withdrawn_proposal() {
        String superseded = as("iran", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.MOVE, "B", Acting.self())).ids().getFirst();
        String withdrawn = as("usa", () -> room.proposeWording(doc, "p4", "The Committee requested a short draft.", null, Acting.self())).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(superseded))).ids().getFirst();
        as("chair", () -> room.acceptChairText(doc, chair));
        as("usa", () -> room.withdraw(doc, withdrawn, Acting.self()));
        assertThat(DocumentEdits.requireProposal(load(), superseded).status()).isEqualTo(Status.SUPERSEDED);
        long before = revision();

        for (String id : List.of(superseded, withdrawn)) {
            assertThatThrownBy(() -> as("russia", () -> room.statePosition(doc, id, Position.Stance.SUPPORT, null, Acting.self())))
                    .as(id).isInstanceOf(RoomRuleViolation.class).hasMessageContaining("no longer on the table");
        }
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void taking_a_delegations_move_as_a_chairs_text_is_refused() {
        String move = as("iran", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.MOVE, "B", Acting.self())).ids().getFirst();
        assertThatThrownBy(() -> as("chair", () -> room.acceptChairText(doc, move))).isInstanceOf(RoomRuleViolation.class);
        assertThat(DocumentEdits.requireProposal(load(), move).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void on_a_copy_of_the_seed_a_delegations_new_item_taken_as_a_chairs_text_is_refused_and_its_paragraph_keeps_its_proposals() {
        NegotiationDocument seed = as("secretariat", () -> documents.load(TestDocuments.seedTor(documents)));
        var h = seed.header();
        String copy = as("secretariat", () -> documents.create(new NegotiationDocument(seed.id(), new org.draftroom.negotiation.DocumentHeader(
                "TEST/AUTHORITY/SEED/" + System.nanoTime(), h.title(), h.language(), h.originalLanguage(), h.date(), h.committee(),
                h.session(), h.sessionDetail(), h.preparedBy(), h.annexLabel()), seed.preamble(), seed.sections()), null));
        // the paragraph holding the most proposals, as p109 held 15
        var target = Walk.blocks(seed).stream().filter(b -> b instanceof org.draftroom.negotiation.Paragraph)
                .map(b -> (org.draftroom.negotiation.Paragraph) b)
                .max(java.util.Comparator.comparingInt(p -> Walk.proposals(new NegotiationDocument("x", h, List.of(p), List.of())).size()))
                .orElseThrow();
        String item = as("russia", () -> room.proposeNewAfter(copy, target.id(), "Added.", Acting.self())).ids().getFirst();
        int proposals = Walk.proposals(as("secretariat", () -> documents.load(copy))).size();
        long before = as("secretariat", () -> documents.get(copy).revision());

        assertThat(Walk.proposals(new NegotiationDocument("x", h, List.of(target), List.of()))).hasSizeGreaterThan(5);
        assertThatThrownBy(() -> as("chair", () -> room.acceptChairText(copy, item)))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("not a chair's text");
        NegotiationDocument after = as("secretariat", () -> documents.load(copy));
        assertThat(DocumentEdits.block(after, target.id())).isPresent();
        assertThat(Walk.proposals(after)).hasSize(proposals);
        assertThat(as("secretariat", () -> documents.get(copy).revision())).isEqualTo(before);
    }

    private static String firstParagraphOf(NegotiationDocument d, String sectionId) {
        return d.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow().blocks().getFirst().id();
    }
}
