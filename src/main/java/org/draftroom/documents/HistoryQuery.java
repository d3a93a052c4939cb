package org.draftroom.documents;

import java.util.Set;

/**
 * Which recorded changes of a document to list.
 *
 * @param delegationId only changes made for this delegation (as one of those acting or as the group spoken for),
 *                     or null for all
 * @param actions      only these actions ("propose", "position", "agree", …); empty for all
 */
public record HistoryQuery(String delegationId, Set<String> actions) {
    public static final HistoryQuery ALL = new HistoryQuery(null, Set.of());

    public HistoryQuery {
        if (delegationId != null && delegationId.isBlank()) delegationId = null;
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }
}
