package org.draftroom.security;

/** What a user may do. Spring authorities are {@code ROLE_} + name. */
public enum Role {
    /** Sets up documents, records what is said for any delegation, marks text agreed, issues versions. */
    SECRETARIAT,
    /** Writes alternative texts and suggestions. */
    CHAIR,
    /** Acts for exactly one delegation. */
    DELEGATE,
    /** Reads only. */
    OBSERVER,
    /** Manages users. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
