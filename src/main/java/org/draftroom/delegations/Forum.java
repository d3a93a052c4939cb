package org.draftroom.delegations;

import java.util.Locale;

/**
 * Whose groups speak in a negotiation. WIPO committees seat WIPO's regional groups; UN bodies (the General
 * Assembly and its committees, UNFCCC, BBNJ) the UN negotiating groups and coalitions. States, the European
 * Union's delegation and the chair, secretariat and committee speak in every forum.
 */
public enum Forum {
    WIPO, UN;

    /** The forum named by {@code name} ("wipo", "UN"), case-insensitive; a clear error for anything else. */
    public static Forum of(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("no forum named; use WIPO or UN");
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown forum '" + name.trim() + "'; use WIPO or UN", e);
        }
    }
}
