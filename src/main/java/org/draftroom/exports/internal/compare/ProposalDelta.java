package org.draftroom.exports.internal.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/**
 * Proposals added, withdrawn and agreed between two versions. Proposals are the same when they share an
 * id, or else kind, proposers and wording (versions imported separately get fresh ids).
 */
record ProposalDelta(int added, int withdrawn, int agreed) {

    static ProposalDelta between(NegotiationDocument before, NegotiationDocument after, String blockId) {
        Map<String, Proposal> a = index(before, blockId);
        Map<String, Proposal> b = index(after, blockId);
        Map<String, Proposal> aById = new HashMap<>();
        a.values().forEach(p -> aById.put(p.id(), p));
        Map<String, String> bIds = new HashMap<>();
        b.values().forEach(p -> bIds.put(p.id(), key(p)));
        int added = 0;
        int withdrawn = 0;
        int agreed = 0;
        for (var e : b.entrySet()) {
            Proposal old = aById.containsKey(e.getValue().id()) ? aById.get(e.getValue().id()) : a.get(e.getKey());
            Status now = e.getValue().status();
            if (old == null && now == Status.OPEN) added++;
            if (now == Status.AGREED && (old == null || old.status() != Status.AGREED)) agreed++;
            if ((now == Status.WITHDRAWN || now == Status.SUPERSEDED) && (old == null || old.status() == Status.OPEN)) {
                withdrawn++;
            }
        }
        for (var e : a.entrySet()) {
            boolean still = b.containsKey(e.getKey()) || bIds.containsKey(e.getValue().id());
            if (!still && e.getValue().status() == Status.OPEN) withdrawn++;
        }
        return new ProposalDelta(added, withdrawn, agreed);
    }

    private static Map<String, Proposal> index(NegotiationDocument document, String blockId) {
        List<Proposal> proposals = blockId == null ? Walk.proposals(document) : proposalsIn(document, blockId);
        Map<String, Proposal> byId = new HashMap<>();
        for (Proposal p : proposals) byId.put(key(p), p);
        return byId;
    }

    private static List<Proposal> proposalsIn(NegotiationDocument document, String blockId) {
        for (Block block : Walk.blocks(document)) {
            if (block.id().equals(blockId)) {
                NegotiationDocument only = new NegotiationDocument(document.id(), document.header(), List.of(block),
                        List.of());
                return Walk.proposals(only);
            }
        }
        return List.of();
    }

    /** Content key, so that the same proposal in two separately imported versions is recognised. */
    private static String key(Proposal p) {
        return p.kind() + "|" + p.actors().by() + "|" + p.actors().onBehalfOf() + "|" + Walk.plainText(p.target())
                + "|" + Walk.plainText(p.text()) + "|" + p.targetIds().size();
    }
}
