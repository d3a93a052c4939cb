package org.draftroom.documents.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.draftroom.negotiation.NegotiationDocument;

/**
 * The latest parsed state of each document, shared by every reader. When a change is committed all open views
 * of the document re-read it at once; without this each of them would decode the same JSON body again. Entries
 * are keyed by revision and commit time, so a state from a transaction that was rolled back is never served as
 * a committed one; the model is immutable, so sharing it is safe.
 */
@Component
public class ParsedDocuments {
    /** Far more documents than a negotiation has open at once; past it the map is simply emptied. */
    static final int CAPACITY = 256;

    private record Entry(long revision, Instant updatedAt, NegotiationDocument document) {
        boolean is(long r, Instant at) {
            return revision == r && Objects.equals(updatedAt, at);
        }
    }

    private final Map<String, Entry> latest = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** The document at this revision: from memory, or decoded once (concurrent callers wait for that one). */
    public NegotiationDocument get(String id, long revision, Instant updatedAt, Supplier<NegotiationDocument> decode) {
        Entry e = latest.get(id);
        if (e != null && e.is(revision, updatedAt)) return e.document();
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            e = latest.get(id);
            if (e != null && e.is(revision, updatedAt)) return e.document();
            NegotiationDocument doc = decode.get();
            remember(id, revision, updatedAt, doc);
            return doc;
        }
    }

    /** Called once a write is committed, so readers woken by it find the new state ready. */
    public void remember(String id, long revision, Instant updatedAt, NegotiationDocument doc) {
        if (latest.size() >= CAPACITY && !latest.containsKey(id)) {
            latest.clear();
            locks.clear();
        }
        latest.merge(id, new Entry(revision, updatedAt, doc), (old, now) -> old.revision() > now.revision() ? old : now);
    }
}
