package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;

class PositionsTest {

    /** Pakistan's insertion in par1 with Pakistan and Iran jointly opposing it (as imported: "巴基斯坦、伊朗不支持"). */
    private static NegotiationDocument jointlyOpposed(List<String> ids) {
        NegotiationDocument doc = org.draftroom.testkit.TestDocuments.threeParagraphs("评价驻外办事处网络的规模");
        var base = Tokens.of(DocumentEdits.content(doc, "par1"));
        doc = Proposing.proposeChanges(doc, "par1", base, WordDiff.changes(base, Tokens.split("评价产权组织驻外办事处网络的规模")),
                Actors.of("US"), ids::add);
        Proposal p = DocumentEdits.requireProposal(doc, ids.getFirst());
        return Proposing.replaceProposal(doc, p.withPositions(List.of(
                new Position("joint", Position.Stance.OPPOSE, Actors.of("PK", "IR"), "不支持", null))));
    }

    @Test
    void stating_a_position_leaves_a_joint_position_of_others_in_place() {
        List<String> ids = new ArrayList<>();
        NegotiationDocument doc = Positions.state(jointlyOpposed(ids), ids.getFirst(),
                Positions.of("PK", null, Position.Stance.SUPPORT, null));
        assertThat(DocumentEdits.requireProposal(doc, ids.getFirst()).positions())
                .extracting(x -> x.stance() + " " + x.actors().by())
                .containsExactly("OPPOSE [IR]", "SUPPORT [PK]");
    }

    @Test
    void withdrawing_a_position_takes_only_ones_own_name_off_a_joint_one() {
        List<String> ids = new ArrayList<>();
        NegotiationDocument doc = Positions.withdraw(jointlyOpposed(ids), ids.getFirst(), "PK");
        assertThat(DocumentEdits.requireProposal(doc, ids.getFirst()).positions()).singleElement()
                .satisfies(x -> {
                    assertThat(x.actors().by()).containsExactly("IR");
                    assertThat(x.text()).isEqualTo("不支持");
                });
    }
}
