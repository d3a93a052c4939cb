package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;

/**
 * A delegation has at most one position per proposal: stating another replaces it; withdrawing removes it. A
 * position held jointly with others (imported "巴基斯坦、伊朗不支持") loses only that delegation's name: the
 * others' position stays as it was.
 */
public final class Positions {
    private Positions() {
    }

    public static NegotiationDocument state(NegotiationDocument doc, String proposalId, Position position) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (p.status() == Status.WITHDRAWN) throw new IllegalArgumentException("the proposal was withdrawn");
        List<Position> out = new ArrayList<>(without(p.positions(), position.actors().by().getFirst()));
        out.add(position);
        return Proposing.replaceProposal(doc, p.withPositions(out));
    }

    public static NegotiationDocument withdraw(NegotiationDocument doc, String proposalId, String delegation) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (p.positions().stream().noneMatch(x -> x.actors().by().contains(delegation))) {
            throw new IllegalArgumentException("there is no position of the delegation on this proposal to withdraw");
        }
        return Proposing.replaceProposal(doc, p.withPositions(without(p.positions(), delegation)));
    }

    private static List<Position> without(List<Position> positions, String delegation) {
        List<Position> out = new ArrayList<>();
        for (Position x : positions) {
            List<String> by = x.actors().by();
            if (!by.contains(delegation)) {
                out.add(x);
            } else if (by.size() > 1) {
                List<String> others = by.stream().filter(d -> !d.equals(delegation)).toList();
                out.add(new Position(x.id(), x.stance(), new Actors(others, x.actors().onBehalfOf()), x.text(), x.agreesWith(), x.notation()));
            }
        }
        return out;
    }

    public static Position of(String delegation, String group, Position.Stance stance, String text) {
        return new Position(Proposing.newId("s"), stance, new Actors(List.of(delegation), group),
                text == null || text.isBlank() ? null : text.strip(), null);
    }
}
