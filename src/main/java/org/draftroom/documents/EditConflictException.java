package org.draftroom.documents;

/** The edit was made on a revision that is no longer the latest: someone else changed the text first. */
public class EditConflictException extends RuntimeException {
    private final String documentId;
    private final long expectedRevision;
    private final long actualRevision;

    public EditConflictException(String documentId, long expectedRevision, long actualRevision) {
        super("document " + documentId + " was changed by someone else: you edited revision " + expectedRevision
                + ", the latest is " + actualRevision);
        this.documentId = documentId;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    public String documentId() {
        return documentId;
    }

    public long expectedRevision() {
        return expectedRevision;
    }

    public long actualRevision() {
        return actualRevision;
    }
}
