package org.draftroom.documents;

import java.time.Instant;

/** Published inside the writing transaction; transactional listeners see it once the change is committed. */
public record DocumentChanged(String documentId, long revision, String actor, String action, String blockId,
                              Instant at) {
}
