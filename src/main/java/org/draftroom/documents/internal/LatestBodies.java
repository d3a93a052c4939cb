package org.draftroom.documents.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The committed text of each document's latest revision, kept after the write that made it, so the next write
 * takes its delta without rebuilding the text from the row and the deltas since. Bounded like ParsedDocuments.
 */
final class LatestBodies {
    static final int CAPACITY = 256;

    /** A committed text and its revision. */
    record Entry(long revision, String body) {
    }

    private final Map<String, Entry> latest = new ConcurrentHashMap<>();

    Optional<String> get(String id, long revision) {
        Entry e = latest.get(id);
        return e != null && e.revision() == revision ? Optional.of(e.body()) : Optional.empty();
    }

    /** The latest text remembered for the document, whatever its revision. */
    Optional<Entry> latest(String id) {
        return Optional.ofNullable(latest.get(id));
    }

    void remember(String id, long revision, String body) {
        if (latest.size() >= CAPACITY && !latest.containsKey(id)) latest.clear();
        latest.merge(id, new Entry(revision, body), (old, now) -> old.revision() > now.revision() ? old : now);
    }
}
