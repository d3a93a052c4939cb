package org.draftroom.room;

import java.util.List;

/**
 * What an action produced.
 *
 * @param ids     proposals (or positions) created, in order
 * @param rebased whether the edit was carried over onto wording that had changed since the user opened it
 */
public record RoomOutcome(String documentId, long revision, List<String> ids, boolean rebased) {
}
