package org.draftroom.negotiation;

/** Block-level content of a section: what the text is made of, in reading order. */
public sealed interface Block permits Paragraph, Item, Footnote, Statement, ProposalBlock {
    String id();
}
