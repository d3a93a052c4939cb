package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;

/**
 * A co-sponsorship named by a delegate is a request on the proposal ({@link Actors#requested()}): the named
 * delegation accepting it joins the sponsors, declining takes the request off. Nothing else changes.
 */
public final class CoSponsoring {
    private CoSponsoring() {
    }

    public static NegotiationDocument accept(NegotiationDocument doc, String proposalId, String party,
                                             Function<String, RuntimeException> refuse) {
        Proposal p = asked(doc, proposalId, party, refuse);
        if (p.status() != Status.OPEN) {
            throw refuse.apply(proposalId + " is " + p.status().wire() + "; only an open proposal can gain a co-sponsor");
        }
        List<String> by = new ArrayList<>(p.actors().by());
        by.add(party);
        return Proposing.replaceProposal(doc, with(p, new Actors(by, p.actors().onBehalfOf(), without(p.actors().requested(), party))));
    }

    public static NegotiationDocument decline(NegotiationDocument doc, String proposalId, String party,
                                              Function<String, RuntimeException> refuse) {
        Proposal p = asked(doc, proposalId, party, refuse);
        return Proposing.replaceProposal(doc, with(p, p.actors().withRequested(without(p.actors().requested(), party))));
    }

    private static Proposal asked(NegotiationDocument doc, String proposalId, String party, Function<String, RuntimeException> refuse) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (!p.actors().requested().contains(party)) {
            throw refuse.apply(party + " was not asked to co-sponsor " + proposalId
                    + (p.actors().requested().isEmpty() ? "" : " (asked: " + String.join(", ", p.actors().requested()) + ")"));
        }
        return p;
    }

    private static List<String> without(List<String> ids, String id) {
        return ids.stream().filter(x -> !x.equals(id)).toList();
    }

    static Proposal with(Proposal p, Actors actors) {
        return new Proposal(p.id(), p.kind(), actors, p.target(), p.text(), p.targetIds(), p.destination(), p.blocks(),
                p.status(), p.proposals(), p.positions(), p.label(), p.notation());
    }
}
