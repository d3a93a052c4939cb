package org.draftroom.documents;

import java.time.Instant;

import org.draftroom.negotiation.NegotiationDocument;

/**
 * A document as stored: the model plus what persistence knows about it.
 *
 * @param revision  increases by one with every change; pass it back as {@link DocumentEdit#expectedRevision()}
 *                  to edit exactly the state the user saw
 * @param updatedBy user name of whoever made the latest change
 */
public record StoredDocument(NegotiationDocument document, long revision, String sessionCode,
                             Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    public String id() {
        return document.id();
    }
}
