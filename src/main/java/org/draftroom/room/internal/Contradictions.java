package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/**
 * Open proposals of one delegation that cannot both be agreed, so that it is told before it ends up with them (it
 * may still table both: the room decides). Only clear cases count:
 * <ul>
 *   <li>{@link Kind#DELETES_WHAT_IT_CHANGES}: it proposes to delete a paragraph or item, and holds a proposal that
 *   acts inside it (an insertion, replacement, retention… in its words or items) or on it as a whole (retain,
 *   rewrite, move);</li>
 *   <li>{@link Kind#DELETES_WHAT_IT_AMENDS}: it proposes to delete a passage and holds a proposal inside the
 *   deleted words;</li>
 *   <li>{@link Kind#OPPOSES_ITS_OWN}: it opposes a proposal it made.</li>
 * </ul>
 * A delegation holds a proposal it made (as proposer or co-sponsor), one made for a group it speaks for (under the
 * document's group-speaking rule, decided by the caller), and one it supports by a position. The same pair is
 * reported once, the deletion first.
 */
public final class Contradictions {
    public enum Kind { DELETES_WHAT_IT_CHANGES, DELETES_WHAT_IT_AMENDS, OPPOSES_ITS_OWN }

    /** {@code first} is the deletion (or the opposed proposal), {@code second} what it contradicts. */
    public record Contradiction(Kind kind, Proposal first, Proposal second) {
        public boolean involves(String proposalId) {
            return first.id().equals(proposalId) || second.id().equals(proposalId);
        }
    }

    private Contradictions() {
    }

    /**
     * @param delegation the delegation (a state)
     * @param groups     the groups it speaks for in this document: their proposals count as its own
     */
    public static List<Contradiction> of(NegotiationDocument doc, String delegation, Set<String> groups) {
        Set<String> speakers = new LinkedHashSet<>(groups);
        speakers.add(delegation);
        List<Contradiction> out = new ArrayList<>();
        for (Proposal p : Walk.proposals(doc)) {
            if (p.status() != Status.OPEN) continue;
            boolean made = made(p.actors(), speakers);
            if (p.kind() == ProposalKind.DELETE && held(p, speakers)) {
                if (p.targetIds().isEmpty()) {
                    for (Proposal inside : inline(p.target())) {
                        if (inside.status() == Status.OPEN && held(inside, speakers)) {
                            out.add(new Contradiction(Kind.DELETES_WHAT_IT_AMENDS, p, inside));
                        }
                    }
                } else {
                    for (Proposal other : onBlocks(doc, p.targetIds())) {
                        if (other != p && other.status() == Status.OPEN && held(other, speakers)) {
                            out.add(new Contradiction(Kind.DELETES_WHAT_IT_CHANGES, p, other));
                        }
                    }
                }
            }
            if (made && p.positions().stream().anyMatch(pos -> pos.stance() == Position.Stance.OPPOSE
                    && made(pos.actors(), speakers))) {
                out.add(new Contradiction(Kind.OPPOSES_ITS_OWN, p, p));
            }
        }
        return out;
    }

    /** Those in {@code after} that were not in {@code before}: what a submission would add. */
    public static List<Contradiction> added(List<Contradiction> before, List<Contradiction> after) {
        Set<String> known = new LinkedHashSet<>();
        for (Contradiction c : before) known.add(c.kind() + "|" + c.first().id() + "|" + c.second().id());
        return after.stream().filter(c -> !known.contains(c.kind() + "|" + c.first().id() + "|" + c.second().id())).toList();
    }

    /** Made by the delegation or by a group it speaks for, or supported by either. */
    static boolean held(Proposal p, Set<String> speakers) {
        return made(p.actors(), speakers) || p.positions().stream()
                .anyMatch(pos -> pos.stance() == Position.Stance.SUPPORT && made(pos.actors(), speakers));
    }

    private static boolean made(Actors actors, Set<String> speakers) {
        if (actors.onBehalfOf() != null) return speakers.contains(actors.onBehalfOf());
        return actors.by().stream().anyMatch(speakers::contains);
    }

    /** Proposals within the words and items of the blocks, and block proposals acting on them as a whole. */
    private static List<Proposal> onBlocks(NegotiationDocument doc, List<String> blockIds) {
        List<Proposal> out = new ArrayList<>();
        for (String id : blockIds) {
            DocumentEdits.block(doc, id).ifPresent(b -> out.addAll(Walk.proposals(
                    new NegotiationDocument(doc.id(), doc.header(), List.<Block>of(b), List.of()))));
        }
        for (Block b : Walk.blocks(doc)) {
            if (b instanceof ProposalBlock pb && pb.proposal().targetIds().stream().anyMatch(blockIds::contains)) {
                out.add(pb.proposal());
            }
        }
        return out;
    }

    private static List<Proposal> inline(List<org.draftroom.negotiation.Inline> words) {
        List<Proposal> out = new ArrayList<>();
        for (var w : words) {
            if (w instanceof Proposal q) {
                out.add(q);
                out.addAll(inline(q.target()));
                out.addAll(inline(q.text()));
            }
        }
        return out;
    }
}
