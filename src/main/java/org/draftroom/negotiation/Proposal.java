package org.draftroom.negotiation;

import java.util.List;

/**
 * A proposal on the text. Inline proposals sit where they apply; block proposals are wrapped in a
 * {@link ProposalBlock}.
 *
 * @param target    the base wording acted on (deleted, replaced, retained, bracketed); empty for a plain insert
 * @param text      the proposed wording (inserted, replacing, rewritten); empty for delete/retain
 * @param targetIds ids of the blocks a block proposal acts on (paragraphs rewritten, moved, replaced)
 * @param destination where a move goes (section id or label), else null
 * @param blocks    for a chair's alternative or a multi-paragraph rewrite: the replacement blocks, which carry
 *                  their own proposals
 * @param proposals nested proposals: amendments to this one, and alternatives ([a][b], Option 1/2)
 * @param positions what delegations said about it
 * @param label     "Option 1", "Alt. 2", "bis" when the text labels it, else null
 * @param notation  optional presentation hint of the house notation it was written in, else null
 */
public record Proposal(String id, ProposalKind kind, Actors actors, List<Inline> target, List<Inline> text,
                       List<String> targetIds, String destination, List<Block> blocks, Status status,
                       List<Proposal> proposals, List<Position> positions, String label, Notation notation)
        implements Inline {
    public Proposal {
        target = List.copyOf(target);
        text = List.copyOf(text);
        targetIds = List.copyOf(targetIds);
        blocks = List.copyOf(blocks);
        proposals = List.copyOf(proposals);
        positions = List.copyOf(positions);
    }

    /** Without a presentation hint (the form used before {@link Notation} existed). */
    public Proposal(String id, ProposalKind kind, Actors actors, List<Inline> target, List<Inline> text,
                    List<String> targetIds, String destination, List<Block> blocks, Status status,
                    List<Proposal> proposals, List<Position> positions, String label) {
        this(id, kind, actors, target, text, targetIds, destination, blocks, status, proposals, positions, label,
                null);
    }

    /** An inline proposal with only the essentials. */
    public static Proposal inline(String id, ProposalKind kind, Actors actors, List<Inline> target, List<Inline> text) {
        return new Proposal(id, kind, actors, target, text, List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(), null);
    }

    public Proposal withStatus(Status newStatus) {
        return new Proposal(id, kind, actors, target, text, targetIds, destination, blocks, newStatus, proposals,
                positions, label, notation);
    }

    public Proposal withPositions(List<Position> newPositions) {
        return new Proposal(id, kind, actors, target, text, targetIds, destination, blocks, status, proposals,
                newPositions, label, notation);
    }

    public Proposal withProposals(List<Proposal> newProposals) {
        return new Proposal(id, kind, actors, target, text, targetIds, destination, blocks, status, newProposals,
                positions, label, notation);
    }

    public Proposal withNotation(Notation newNotation) {
        return new Proposal(id, kind, actors, target, text, targetIds, destination, blocks, status, proposals,
                positions, label, newNotation);
    }
}
