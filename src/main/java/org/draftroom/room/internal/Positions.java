package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;

/** A delegation has at most one position per proposal: stating another replaces it; withdrawing removes it. */
public final class Positions {
    private Positions() {
    }

    public static NegotiationDocument state(NegotiationDocument doc, String proposalId, Position position) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (p.status() == Status.WITHDRAWN) throw new IllegalArgumentException("the proposal was withdrawn");
        String delegation = position.actors().by().getFirst();
        List<Position> out = new ArrayList<>(p.positions().stream().filter(x -> !x.actors().by().contains(delegation)).toList());
        out.add(position);
        return Proposing.replaceProposal(doc, p.withPositions(out));
    }

    public static NegotiationDocument withdraw(NegotiationDocument doc, String proposalId, String delegation) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        List<Position> rest = p.positions().stream().filter(x -> !x.actors().by().contains(delegation)).toList();
        if (rest.size() == p.positions().size()) {
            throw new IllegalArgumentException(delegation + " has no position on " + proposalId + " to withdraw");
        }
        return Proposing.replaceProposal(doc, p.withPositions(rest));
    }

    public static Position of(String delegation, String group, Position.Stance stance, String text) {
        return new Position(Proposing.newId("s"), stance, new Actors(List.of(delegation), group),
                text == null || text.isBlank() ? null : text.strip(), null);
    }
}
