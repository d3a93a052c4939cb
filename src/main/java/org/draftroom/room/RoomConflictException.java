package org.draftroom.room;

/**
 * The wording changed since the user opened it, in the very words the user changed: the edit cannot be carried
 * over. The message says what changed and who changed it; nothing of the user's edit was recorded.
 */
public class RoomConflictException extends RuntimeException {
    private final long baseRevision;
    private final long currentRevision;

    public RoomConflictException(String message, long baseRevision, long currentRevision) {
        super(message);
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
    }

    public long baseRevision() {
        return baseRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
