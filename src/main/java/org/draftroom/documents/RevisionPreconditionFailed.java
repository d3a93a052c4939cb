package org.draftroom.documents;

/**
 * The client made its write conditional on a revision (HTTP {@code If-Match}) and the document is no longer at
 * it: nothing was changed.
 */
public class RevisionPreconditionFailed extends RuntimeException {
    private final long expectedRevision;
    private final long currentRevision;

    public RevisionPreconditionFailed(String documentId, long expectedRevision, long currentRevision) {
        super("document " + documentId + " is at revision " + currentRevision + ", not " + expectedRevision
                + " as If-Match requires: read it again and decide");
        this.expectedRevision = expectedRevision;
        this.currentRevision = currentRevision;
    }

    public long expectedRevision() {
        return expectedRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
