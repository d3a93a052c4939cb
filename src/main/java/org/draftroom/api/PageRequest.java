package org.draftroom.api;

/**
 * Which page of a list a client asks for: {@code page} counts from 0, {@code size} is between 1 and the
 * operation's maximum. Out of range is a 400, not a silent clamp, so a client never mistakes a cut list for the
 * whole.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(int page, int size, int maxSize) {
        if (page < 0) throw new IllegalArgumentException("page must be 0 or more, not " + page);
        if (size < 1 || size > maxSize) {
            throw new IllegalArgumentException("size must be between 1 and " + maxSize + ", not " + size);
        }
        return new PageRequest(page, size);
    }

    /** Index of the first item of this page. */
    public long offset() {
        return (long) page * size;
    }
}
