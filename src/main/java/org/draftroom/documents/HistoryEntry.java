package org.draftroom.documents;

import java.time.Instant;

import org.draftroom.negotiation.Actors;

/**
 * One recorded change: who typed it, when, on whose behalf and what. The state after it is
 * {@link DocumentService#asOf(String, long)} with this revision.
 */
public record HistoryEntry(String documentId, long revision, Instant at, String actor, Actors onBehalf,
                           String action, String blockId, String summary) {
}
