package org.draftroom.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored text of every revision: most revisions keep only the edit from the one before ({@link BodyDelta},
 * gzip'd), some a full snapshot (gzip'd ModelJson), so the text as it stood at any revision is the nearest
 * snapshot at or before it with the deltas after it applied in order. A snapshot is taken on creation, after
 * {@link #SNAPSHOT_EVERY} revisions, and when the deltas since the last one outweigh the text itself, so no
 * read has to replay more than that. Callers bring the transaction.
 */
@Component
public class RevisionHistory {
    static final int SNAPSHOT_EVERY = 100;

    private final JdbcClient jdbc;
    private final BodyCodec codec;

    RevisionHistory(JdbcClient jdbc, BodyCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** One stored revision row: exactly one of snapshot and delta is set. */
    record Stored(long revision, byte[] snapshot, byte[] delta) {
    }

    /**
     * What to store for a new revision whose body follows {@code previousBody} (null for the first): the delta,
     * or a snapshot when one is due. Returns {snapshot, delta} with one of them null.
     */
    byte[][] encode(String documentId, long revision, String previousBody, String body) {
        if (previousBody == null) return new byte[][]{codec.gzip(body), null};
        byte[] delta = codec.gzip(BodyDelta.between(previousBody, body));
        Since since = sinceSnapshot(documentId, revision);
        boolean due = since.revisions() + 1 >= SNAPSHOT_EVERY
                || since.deltaBytes() + delta.length > Math.max(64 * 1024, body.length() / 2);
        return due ? new byte[][]{codec.gzip(body), null} : new byte[][]{null, delta};
    }

    private record Since(long revisions, long deltaBytes) {
    }

    private Since sinceSnapshot(String documentId, long revision) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(octet_length(delta)), 0) from document_revision
                        where document_id = ? and revision < ? and revision > coalesce((select max(revision)
                            from document_revision where document_id = ? and snapshot is not null), 0)""")
                .params(documentId, revision, documentId)
                .query((rs, i) -> new Since(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The body as it stood right after the revision, or empty when there is no such revision. */
    public Optional<String> bodyAt(String documentId, long revision) {
        Long from = jdbc.sql("""
                        select max(revision) from document_revision
                        where document_id = ? and revision <= ? and snapshot is not null""")
                .params(documentId, revision).query(Long.class).optional().orElse(null);
        if (from == null) return Optional.empty();
        List<Stored> rows = jdbc.sql("""
                        select revision, snapshot, delta from document_revision
                        where document_id = ? and revision between ? and ? order by revision""")
                .params(documentId, from, revision)
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))).list();
        if (rows.isEmpty() || rows.getLast().revision() != revision) return Optional.empty();
        String body = null;
        long expected = from;
        for (Stored row : rows) {
            if (row.revision() != expected++) {
                throw new IllegalStateException("revision " + (expected - 1) + " of document " + documentId + " is missing");
            }
            body = next(body, row);
        }
        return Optional.of(body);
    }

    /** The text at {@code revision}: {@code base} (the text at {@code baseRevision}) with the deltas after it applied. */
    String replay(String documentId, String base, long baseRevision, long revision) {
        if (baseRevision == revision) return base;
        String[] body = {base};
        jdbc.sql("select revision, snapshot, delta from document_revision where document_id = ? and revision > ? and revision <= ?"
                        + " order by revision")
                .params(documentId, baseRevision, revision)
                .query(rs -> {
                    body[0] = next(body[0], new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
                });
        return body[0];
    }

    /**
     * Every stored revision of the document in order with the body it holds, null where it cannot be read (a
     * damaged delta, or one after it), for verification.
     */
    public void each(String documentId, BiConsumer<Long, String> action) {
        String[] body = {null};
        jdbc.sql("select revision, snapshot, delta from document_revision where document_id = ? order by revision")
                .param(documentId)
                .query(rs -> {
                    Stored row = new Stored(rs.getLong(1), rs.getBytes(2), rs.getBytes(3));
                    try {
                        body[0] = next(body[0], row);
                    } catch (RuntimeException unreadable) {
                        body[0] = null;
                    }
                    action.accept(row.revision(), body[0]);
                });
    }

    /** A snapshot stands alone; a delta needs the body before it (null: unreadable, so is this one). */
    private String next(String before, Stored row) {
        if (row.snapshot() != null) return codec.gunzip(row.snapshot());
        if (before == null) throw new IllegalStateException("revision " + row.revision() + " has a delta but no base");
        return BodyDelta.apply(before, codec.gunzip(row.delta()));
    }
}
