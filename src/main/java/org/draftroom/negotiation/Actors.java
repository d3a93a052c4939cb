package org.draftroom.negotiation;

import java.util.List;

/**
 * Who acts: one or more delegations (ids: ISO 3166 alpha-2 for states, {@code AFRICAN_GROUP}-style for
 * groups, {@code CHAIR}, {@code SECRETARIAT}, {@code COMMITTEE}), optionally on behalf of a group.
 * An empty {@code by} means the act could not be attributed.
 *
 * @param requested delegations asked to co-sponsor a proposal that have not accepted yet: they are not among
 *                  its sponsors ({@code by}) and are never shown as such; empty for anything but proposals
 */
public record Actors(List<String> by, String onBehalfOf, List<String> requested) {
    public static final String CHAIR = "CHAIR";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String COMMITTEE = "COMMITTEE";
    public static final Actors NOBODY = new Actors(List.of(), null);

    public Actors {
        by = List.copyOf(by);
        requested = requested == null ? List.of() : List.copyOf(requested);
    }

    /** Sponsors only, nobody asked. */
    public Actors(List<String> by, String onBehalfOf) {
        this(by, onBehalfOf, List.of());
    }

    public static Actors of(String... ids) {
        return new Actors(List.of(ids), null);
    }

    public boolean attributed() {
        return !by.isEmpty();
    }

    /** Whether the delegation acts here, itself or as the group spoken for (a pending request does not count). */
    public boolean involves(String delegationId) {
        return by.contains(delegationId) || delegationId.equals(onBehalfOf);
    }

    /** The same sponsors with this list of pending co-sponsor requests. */
    public Actors withRequested(List<String> newRequested) {
        return new Actors(by, onBehalfOf, newRequested);
    }
}
