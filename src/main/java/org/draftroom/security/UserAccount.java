package org.draftroom.security;

/**
 * A user as other modules see it (never the password hash).
 *
 * @param delegationId the delegation a DELEGATE acts for (ISO 3166 alpha-2, e.g. {@code PK}); null otherwise
 */
public record UserAccount(String username, String displayName, Role role, String delegationId, boolean enabled) {
    public UserAccount {
        if (role == Role.DELEGATE && (delegationId == null || delegationId.isBlank())) {
            throw new IllegalArgumentException("a delegate account must be bound to a delegation");
        }
        if (role != Role.DELEGATE) delegationId = null;
    }

    public boolean can(Role r) {
        return role == r;
    }
}
