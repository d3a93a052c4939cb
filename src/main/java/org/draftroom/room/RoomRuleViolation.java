package org.draftroom.room;

import org.springframework.security.access.AccessDeniedException;

/** A room rule refused the action (who may act for whom, who may agree text, …); nothing was changed. */
public class RoomRuleViolation extends AccessDeniedException {
    private final String documentId;
    private final String operation;

    public RoomRuleViolation(String documentId, String operation, String message) {
        super(message);
        this.documentId = documentId;
        this.operation = operation;
    }

    public String documentId() {
        return documentId;
    }

    public String operation() {
        return operation;
    }
}
