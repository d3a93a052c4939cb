package org.draftroom.negotiation;

import java.util.Locale;

/** The proposal vocabulary of the domain (docs/domain.md, "Proposals and their kinds"). {@link #wire()} is the JSON spelling. */
public enum ProposalKind {
    INSERT, DELETE, REPLACE, REWRITE, ADD_ITEM, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE,
    CHAIR_ALTERNATIVE, CHAIR_SUGGESTION,
    /** A bracketed passage nobody could be credited with (unattributed brackets are never dropped). */
    BRACKETED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ProposalKind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
