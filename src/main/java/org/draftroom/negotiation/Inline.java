package org.draftroom.negotiation;

/** Inline content: plain text, or a proposal (with its brackets) in place. */
public sealed interface Inline permits Text, Proposal, Placeholder, FootnoteRef {
}
