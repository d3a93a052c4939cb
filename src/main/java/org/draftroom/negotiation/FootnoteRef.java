package org.draftroom.negotiation;

/** Reference from the text to a footnote by id. */
public record FootnoteRef(String footnoteId) implements Inline {
}
