package org.draftroom.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;

/** Queries over an imported document for the expectations: who proposed, supported or opposed what. */
record Acts(NegotiationDocument doc) {

    List<Proposal> proposals() {
        return Walk.proposals(doc);
    }

    Stream<Proposal> proposals(ProposalKind kind, String by) {
        return proposals().stream().filter(p -> p.kind() == kind && p.actors().by().contains(by));
    }

    /** The one proposal of that kind, by that delegation, whose words (text or target) are exactly these. */
    Proposal proposal(ProposalKind kind, String by, String words) {
        List<Proposal> found = proposals(kind, by)
                .filter(p -> Walk.plainText(p.text()).equals(words) || Walk.plainText(p.target()).equals(words))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind.wire() + " by " + by + " on \"" + words + "\", found "
                    + found.size());
        }
        return found.getFirst();
    }

    static boolean has(Proposal p, Position.Stance stance, String... by) {
        return p.positions().stream().anyMatch(pos -> pos.stance() == stance && pos.actors().by().equals(List.of(by)));
    }

    List<Statement> statements() {
        return Walk.blocks(doc).stream().filter(b -> b instanceof Statement).map(b -> (Statement) b).toList();
    }

    Proposal block(String id) {
        return Walk.blocks(doc).stream().filter(b -> b instanceof ProposalBlock && b.id().equals(id))
                .map(b -> ((ProposalBlock) b).proposal()).findFirst().orElseThrow();
    }

    String blockIdOf(Proposal p) {
        for (Block b : Walk.blocks(doc)) {
            if (b instanceof ProposalBlock pb && pb.proposal().id().equals(p.id())) return pb.id();
        }
        throw new AssertionError("not a block proposal: " + p.id());
    }

    /** Every attributed act: proposals, positions and statements whose author is known. */
    List<Actors> all() {
        List<Actors> out = new ArrayList<>();
        for (Proposal p : proposals()) {
            if (p.actors().attributed()) out.add(p.actors());
            for (Position pos : p.positions()) if (pos.actors().attributed()) out.add(pos.actors());
        }
        for (Statement s : statements()) if (s.actors().attributed()) out.add(s.actors());
        return out;
    }

    /** Acts per delegation: each act counts for every delegation acting and for the group spoken for. */
    Map<String, Integer> perDelegation() {
        Map<String, Integer> out = new TreeMap<>();
        for (Actors a : all()) {
            a.by().forEach(id -> out.merge(id, 1, Integer::sum));
            if (a.onBehalfOf() != null && !a.by().contains(a.onBehalfOf())) out.merge(a.onBehalfOf(), 1, Integer::sum);
        }
        return out;
    }
}
