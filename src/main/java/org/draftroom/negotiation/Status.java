package org.draftroom.negotiation;

/** Where a proposal (or bracketed passage) stands. */
public enum Status {
    OPEN, AGREED, WITHDRAWN, SUPERSEDED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
