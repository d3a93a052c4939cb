package org.draftroom.negotiation;

/**
 * A proposal that stands as a block of its own: new wording for a paragraph, a new item, a move, a
 * chair's alternative text replacing named paragraphs.
 */
public record ProposalBlock(String id, Proposal proposal) implements Block {
}
