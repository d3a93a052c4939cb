package org.draftroom.audit;

import java.util.Set;

/**
 * Which audit entries to list.
 *
 * @param kinds   only these actions ("agree", "sign-in-failed", …); empty for every kind
 * @param signIns whether plain sign-ins and sign-outs are listed: every user's every session writes one, so they
 *                drown the rest unless asked for (failed and refused sign-ins are always listed)
 */
public record AuditQuery(Set<String> kinds, boolean signIns) {
    /** The kinds hidden unless {@link #signIns()}: one per session of every user. */
    public static final Set<String> SIGN_INS = Set.of("sign-in", "sign-out");
    /** What the audit view shows first: everything but the sign-ins. */
    public static final AuditQuery DEFAULT = new AuditQuery(Set.of(), false);

    public AuditQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
