package org.draftroom.documents;

/** No document (or no such revision of it) exists under the given id. */
public class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String message) {
        super(message);
    }
}
