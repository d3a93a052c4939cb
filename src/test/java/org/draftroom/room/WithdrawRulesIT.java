package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.testkit.TestDocuments;

/** Withdrawal is refused in the service to anyone but the proposing delegation, whoever types it. */
@DraftroomIT
class WithdrawRulesIT {
    @Autowired
    RoomService room;
    @Autowired
    DocumentService documents;
    String doc;
    String pid;

    @BeforeEach
    void setUp() {
        doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/WITHDRAW/" + System.nanoTime()), null));
        pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " More.", null, Acting.self())).ids().getFirst();
    }

    private Status status() {
        return as("secretariat", () -> DocumentEdits.requireProposal(documents.load(doc), pid).status());
    }

    @Test
    void another_delegation_is_refused_in_words_naming_both_and_the_proposal_stays_open() {
        long revision = as("usa", () -> documents.get(doc).revision());
        assertThatThrownBy(() -> as("usa", () -> room.withdraw(doc, pid, Acting.self())))
                .isInstanceOf(RoomRuleViolation.class)
                .hasMessageContaining("United States of America cannot withdraw")
                .hasMessageContaining("Pakistan: insert “More.”")
                .hasMessageNotContaining(pid).hasMessageNotContaining(" PK");
        assertThat(status()).isEqualTo(Status.OPEN);
        assertThat(as("usa", () -> documents.get(doc).revision())).isEqualTo(revision);
    }

    @Test
    void the_secretariat_recording_for_another_delegation_is_refused_and_recording_for_the_proposer_withdraws() {
        assertThatThrownBy(() -> as("secretariat", () -> room.withdraw(doc, pid, Acting.as("US"))))
                .isInstanceOf(RoomRuleViolation.class).hasMessageContaining("only the delegation that made a proposal");
        assertThat(status()).isEqualTo(Status.OPEN);
        as("secretariat", () -> room.withdraw(doc, pid, Acting.as("PK")));
        assertThat(status()).isEqualTo(Status.WITHDRAWN);
        assertThat(Walk.proposals(as("secretariat", () -> documents.load(doc)))).hasSize(1);
    }
}
