package org.draftroom.documents;

import java.time.Instant;

/**
 * Published inside the writing transaction; transactional listeners see it once the change is committed, and
 * before-commit listeners write what must commit with it (the audit entry).
 *
 * @param stateHash the {@link RevisionFingerprint} of the revision as stored
 */
public record DocumentChanged(String documentId, long revision, String actor, String action, String blockId,
                              Instant at, String stateHash) {
}
