package org.draftroom.delegations;

/** A delegation's name found in a text, at {@code [start, end)}. */
public record NameMatch(Delegation delegation, int start, int end) {
}
