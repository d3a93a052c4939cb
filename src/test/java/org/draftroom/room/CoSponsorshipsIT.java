package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.testkit.SignIn.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Proposal;
import org.draftroom.room.internal.DocumentEdits;

/** Issue 12, finding 1 (co-sponsors consent) and finding 10 (who speaks for a group). */
@DraftroomIT
class CoSponsorshipsIT {
    @Autowired
    RoomService room;
    @Autowired
    CoSponsorships coSponsorships;
    @Autowired
    DocumentService documents;
    String doc;

    @BeforeEach
    void createDocument() {
        doc = as("secretariat", () -> documents.create(org.draftroom.testkit.TestDocuments.tor("TEST/COSPONSOR/" + System.nanoTime()), null));
    }

    private Proposal proposal(String id) {
        return DocumentEdits.requireProposal(as("secretariat", () -> documents.load(doc)), id);
    }

    private long revision() {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    /** A new sentence at the end of p5, after whatever is proposed there already. */
    private String propose(String user, Acting acting) {
        String text = as(user, () -> room.wording(doc, "p5")).text();
        return as(user, () -> room.proposeWording(doc, "p5", text + " More " + System.nanoTime() % 1000 + ".", null, acting)).ids().getFirst();
    }

    @Test
    void a_delegate_naming_co_sponsors_only_asks_them_and_they_are_not_sponsors_until_they_accept() {
        String id = propose("pakistan", new Acting(null, null, List.of("US", "CN")));
        assertThat(proposal(id).actors().by()).containsExactly("PK");
        assertThat(proposal(id).actors().requested()).containsExactly("US", "CN");

        as("usa", () -> coSponsorships.accept(doc, id, Acting.self()));
        as("china", () -> coSponsorships.decline(doc, id, Acting.self()));

        assertThat(proposal(id).actors().by()).containsExactly("PK", "US");
        assertThat(proposal(id).actors().requested()).isEmpty();
    }

    @Test
    void only_the_delegation_asked_can_accept_and_only_once() {
        String id = propose("pakistan", new Acting(null, null, List.of("US")));
        long before = revision();
        assertThatThrownBy(() -> as("russia", () -> coSponsorships.accept(doc, id, Acting.self())))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("RU was not asked");
        assertThatThrownBy(() -> as("russia", () -> coSponsorships.accept(doc, id, Acting.as("US"))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("acts only for its own delegation");
        assertThat(revision()).isEqualTo(before);
        as("usa", () -> coSponsorships.accept(doc, id, Acting.self()));
        assertThatThrownBy(() -> as("usa", () -> coSponsorships.accept(doc, id, Acting.self())))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("US was not asked");
    }

    @Test
    void the_chair_the_secretariat_and_the_committee_never_co_sponsor_a_delegations_proposal() {
        long before = revision();
        for (String body : List.of("CHAIR", "SECRETARIAT", "COMMITTEE")) {
            assertThatThrownBy(() -> propose("pakistan", new Acting(null, null, List.of("US", body))))
                    .as(body).isInstanceOf(RoomRuleViolation.class).hasMessageContaining(body + " cannot co-sponsor");
            assertThatThrownBy(() -> propose("secretariat", new Acting("PK", null, List.of(body))))
                    .as(body + " by the secretariat").isInstanceOf(RoomRuleViolation.class);
        }
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void the_secretariat_records_co_sponsors_on_their_behalf_and_accepts_for_a_delegation() {
        String recorded = propose("secretariat", new Acting("PK", null, List.of("US")));
        assertThat(proposal(recorded).actors().by()).containsExactly("PK", "US");

        String asked = as("pakistan", () -> room.proposeOnSpan(doc, "p5", org.draftroom.negotiation.ProposalKind.REQUEST_BRACKETS,
                "performance", 1, new Acting(null, null, List.of("IR")))).ids().getFirst();
        as("secretariat", () -> coSponsorships.accept(doc, asked, Acting.as("IR")));
        assertThat(proposal(asked).actors().by()).containsExactly("PK", "IR");
    }

    @Test
    void a_group_asked_to_co_sponsor_answers_through_whoever_may_speak_for_it() {
        String id = propose("pakistan", new Acting(null, null, List.of("AFRICAN_GROUP")));
        assertThatThrownBy(() -> as("nigeria", () -> coSponsorships.accept(doc, id, new Acting(null, "AFRICAN_GROUP", List.of()))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("coordinator of AFRICAN_GROUP");
        as("algeria", () -> coSponsorships.accept(doc, id, new Acting(null, "AFRICAN_GROUP", List.of())));
        assertThat(proposal(id).actors().by()).containsExactly("PK", "AFRICAN_GROUP");
    }

    @Test
    void only_a_named_coordinator_speaks_for_its_group_unless_the_committee_lets_any_member() {
        long before = revision();
        assertThatThrownBy(() -> propose("nigeria", new Acting(null, "AFRICAN_GROUP", List.of())))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("only the coordinator of AFRICAN_GROUP")
                .hasMessageContaining("DZ, GH");
        assertThat(revision()).isEqualTo(before);
        assertThat(proposal(propose("algeria", new Acting(null, "AFRICAN_GROUP", List.of()))).actors().onBehalfOf()).isEqualTo("AFRICAN_GROUP");
        assertThat(proposal(propose("secretariat", new Acting("NG", "AFRICAN_GROUP", List.of()))).actors().by()).containsExactly("NG");

        as("secretariat", () -> coSponsorships.setGroupSpeaking(doc, new GroupSpeaking(GroupSpeaking.Rule.ANY_MEMBER, Map.of())));
        assertThat(proposal(propose("nigeria", new Acting(null, "AFRICAN_GROUP", List.of()))).actors().onBehalfOf()).isEqualTo("AFRICAN_GROUP");

        as("secretariat", () -> coSponsorships.setGroupSpeaking(doc, new GroupSpeaking(GroupSpeaking.Rule.COORDINATOR,
                Map.of("AFRICAN_GROUP", List.of("NG")))));
        assertThatThrownBy(() -> propose("algeria", new Acting(null, "AFRICAN_GROUP", List.of())))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("(NG)");
        assertThatThrownBy(() -> as("secretariat", () -> coSponsorships.setGroupSpeaking(doc,
                new GroupSpeaking(GroupSpeaking.Rule.COORDINATOR, Map.of("AFRICAN_GROUP", List.of("PK"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PK is not a member of AFRICAN_GROUP");
        assertThatThrownBy(() -> as("algeria", () -> coSponsorships.setGroupSpeaking(doc,
                new GroupSpeaking(GroupSpeaking.Rule.ANY_MEMBER, Map.of())))).isInstanceOf(RoomRuleViolation.class);
        assertThat(as("observer", () -> coSponsorships.groupSpeaking(doc)).coordinators()).containsEntry("AFRICAN_GROUP", List.of("NG"));
    }

    @Test
    void a_co_sponsor_that_accepted_takes_only_its_own_name_off_and_keeps_the_others_requests() {
        String id = propose("pakistan", new Acting(null, null, List.of("US", "IR")));
        as("usa", () -> coSponsorships.accept(doc, id, Acting.self()));
        as("usa", () -> room.withdraw(doc, id, Acting.self()));
        assertThat(proposal(id).actors().by()).containsExactly("PK");
        assertThat(proposal(id).actors().requested()).containsExactly("IR");
    }
}
