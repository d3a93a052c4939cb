package org.draftroom.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.draftroom.documents.DocumentSummary;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.documents.HistoryQuery;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;

/** The document and document_revision tables. Callers bring the transaction. */
@Repository
public class DocumentStore {
    private final JdbcClient jdbc;
    private final BodyCodec codec;
    private final ParsedDocuments parsed;
    private final RevisionHistory revisions;
    private final LatestBodies bodies = new LatestBodies();

    DocumentStore(JdbcClient jdbc, BodyCodec codec, ParsedDocuments parsed, RevisionHistory revisions) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.parsed = parsed;
        this.revisions = revisions;
    }

    /** The current row without its body (see {@link #body}). */
    public record Current(String id, long revision, String sessionCode, Instant createdAt, String createdBy,
                          Instant updatedAt) {
    }

    public List<DocumentSummary> list() {
        return jdbc.sql("""
                        select id, symbol, title, language, session_code, revision from document
                        order by session_code, symbol, language, id""")
                .query((rs, i) -> new DocumentSummary(rs.getString("id"), rs.getString("symbol"),
                        rs.getString("title"), rs.getString("language"), rs.getString("session_code"),
                        rs.getLong("revision")))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from document where id = ?").param(id).query(Long.class).single() > 0;
    }

    public Optional<Current> current(String id) {
        return current(id, false);
    }

    /** With {@code lock}, the row stays locked until the transaction ends, so the next update cannot miss. */
    public Optional<Current> current(String id, boolean lock) {
        return jdbc.sql("select id, revision, session_code, created_at, created_by, updated_at from document where id = ?"
                        + (lock ? " for update" : ""))
                .param(id)
                .query((rs, i) -> new Current(rs.getString("id"), rs.getLong("revision"),
                        rs.getString("session_code"), instant(rs, "created_at"), rs.getString("created_by"),
                        instant(rs, "updated_at")))
                .optional();
    }

    /** The current state of a row read with {@link #current}, decoded once and shared with readers. */
    public NegotiationDocument document(Current row) {
        return decoded(row.id(), row.revision(), row.updatedAt());
    }

    /** The stored state; the body is read and decoded only when no reader has decoded this revision yet. */
    public Optional<StoredDocument> get(String id) {
        return jdbc.sql("select revision, session_code, created_at, created_by, updated_at, updated_by from document where id = ?")
                .param(id)
                .query((rs, i) -> {
                    long revision = rs.getLong("revision");
                    Instant updatedAt = instant(rs, "updated_at");
                    NegotiationDocument doc = decoded(id, revision, updatedAt);
                    return new StoredDocument(doc, revision, rs.getString("session_code"), instant(rs, "created_at"),
                            rs.getString("created_by"), updatedAt, rs.getString("updated_by"));
                })
                .optional();
    }

    private NegotiationDocument decoded(String id, long revision, Instant updatedAt) {
        return parsed.get(id, revision, updatedAt, () -> codec.read(body(id, revision)));
    }

    /**
     * The body of exactly this revision. The row was read by an earlier statement, and a write may have committed
     * since (readers do not lock): then the row holds the next revision's body, and this revision's is its snapshot.
     */
    private String body(String id, long revision) {
        return currentBody(id, revision).orElseGet(() -> revisions.bodyAt(id, revision).orElseThrow(() ->
                new IllegalStateException("no stored text of revision " + revision + " of document " + id)));
    }

    /**
     * The current text if the document is still at this revision: remembered from the write that made it, or the
     * row's body with the deltas since it applied.
     */
    public Optional<String> currentBody(String id, long revision) {
        Optional<String> known = bodies.get(id, revision);
        if (known.isPresent()) return known;
        // a reader that came between a commit and its writer remembering the text (or a write of another process):
        // the deltas after the text remembered, if that is nearer than the row's snapshot (up to 99 deltas back)
        Optional<LatestBodies.Entry> earlier = bodies.latest(id).filter(e -> e.revision() < revision);
        if (earlier.isEmpty()) return storedCurrentBody(id, revision);
        Optional<Long> bodyRevision = jdbc.sql("select body_revision from document where id = ? and revision = ?")
                .params(id, revision).query(Long.class).optional();
        if (bodyRevision.isEmpty()) return Optional.empty();
        if (bodyRevision.get() > earlier.get().revision()) return storedCurrentBody(id, revision);
        return Optional.of(revisions.replay(id, earlier.get().body(), earlier.get().revision(), revision));
    }

    /** As {@link #currentBody} but always rebuilt from the database (verification must not trust memory). */
    public Optional<String> storedCurrentBody(String id, long revision) {
        record Row(long bodyRevision, String body) {
        }
        return jdbc.sql("select body_revision, body from document where id = ? and revision = ?").params(id, revision)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2))).optional()
                .map(row -> revisions.replay(id, row.body(), row.bodyRevision(), revision));
    }

    /** Called once a write is committed: the next write takes its delta from this text. */
    public void remember(String id, long revision, String body) {
        bodies.remember(id, revision, body);
    }

    /** Ids of all documents, for walks over everything stored (verification). */
    public List<String> ids() {
        return jdbc.sql("select id from document order by id").query(String.class).list();
    }

    public void insert(NegotiationDocument doc, String sessionCode, String body, String actor, Instant at) {
        DocumentHeader h = doc.header();
        jdbc.sql("""
                        insert into document (id, symbol, title, language, session_code, original_language, issued_on,
                            annex_label, revision, body, body_revision, created_at, created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1, ?, ?, ?, ?)""")
                .params(doc.id(), nonNull(h.symbol()), nonNull(h.title()), h.language(), sessionCode,
                        h.originalLanguage(), h.date(), h.annexLabel(), body, timestamp(at), actor, timestamp(at),
                        actor)
                .update();
    }

    /**
     * Writes the next state if the row is still at {@code expectedRevision}; false when someone got in first. The
     * row's body is rewritten only with a snapshot ({@code snapshotBody} not null); otherwise it stays at its
     * revision and the deltas after it make the current text, so a 1 MB paragraph is not written again with every
     * edit beside it.
     */
    public boolean update(NegotiationDocument doc, String snapshotBody, long expectedRevision, String actor, Instant at) {
        DocumentHeader h = doc.header();
        String body = snapshotBody == null ? "" : " body = ?, body_revision = revision + 1,";
        JdbcClient.StatementSpec spec = jdbc.sql("update document set symbol = ?, title = ?, language = ?, original_language = ?,"
                        + " issued_on = ?, annex_label = ?," + body + " revision = revision + 1, updated_at = ?, updated_by = ?"
                        + " where id = ? and revision = ?")
                .params(nonNull(h.symbol()), nonNull(h.title()), h.language(), h.originalLanguage(), h.date(),
                        h.annexLabel());
        if (snapshotBody != null) spec = spec.param(snapshotBody);
        return spec.params(timestamp(at), actor, doc.id(), expectedRevision).update() == 1;
    }

    /** What a new revision stores: {snapshot, null} or {null, delta}, see {@link RevisionHistory}. */
    public byte[][] encodeRevision(String documentId, long revision, String previousBody, String body) {
        return revisions.encode(documentId, revision, previousBody, body);
    }

    /** The history row with what {@link #encodeRevision} chose to store. */
    public void insertRevision(HistoryEntry entry, byte[][] stored) {
        Actors on = entry.onBehalf();
        jdbc.sql("""
                        insert into document_revision (document_id, revision, at, actor, on_behalf_by, on_behalf_of,
                            action, block_id, summary, snapshot, delta)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.documentId(), entry.revision(), timestamp(entry.at()), entry.actor(),
                        on == null ? null : String.join(",", on.by()), on == null ? null : on.onBehalfOf(),
                        entry.action(), entry.blockId(), entry.summary(), stored[0], stored[1])
                .update();
    }

    public List<HistoryEntry> history(String documentId, String blockId) {
        String sql = "select document_id, revision, at, actor, on_behalf_by, on_behalf_of, action, block_id, summary "
                + "from document_revision where document_id = ?"
                + (blockId == null ? "" : " and block_id = ?") + " order by revision";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(documentId);
        if (blockId != null) spec = spec.param(blockId);
        return spec.query((rs, i) -> historyEntry(rs)).list();
    }

    private static final String HISTORY_COLUMNS =
            "document_id, revision, at, actor, on_behalf_by, on_behalf_of, action, block_id, summary";

    /** A page of the recorded changes that match, newest first. */
    public List<HistoryEntry> history(String documentId, HistoryQuery query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "select " + HISTORY_COLUMNS + " from document_revision where " + where(documentId, query, params)
                + " order by revision desc limit ? offset ?";
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql).params(params).query((rs, i) -> historyEntry(rs)).list();
    }

    public long historyCount(String documentId, HistoryQuery query) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from document_revision where " + where(documentId, query, params))
                .params(params).query(Long.class).single();
    }

    /** The actions recorded on a document, for choosing among them. */
    public List<String> historyActions(String documentId) {
        return jdbc.sql("select distinct action from document_revision where document_id = ? order by action")
                .param(documentId).query(String.class).list();
    }

    public Optional<HistoryEntry> historyEntry(String documentId, long revision) {
        return jdbc.sql("select " + HISTORY_COLUMNS + " from document_revision where document_id = ? and revision = ?")
                .params(documentId, revision).query((rs, i) -> historyEntry(rs)).optional();
    }

    /** The delegation matches a whole id of the comma-separated list, never a part of one (CN in CNX). */
    private static String where(String documentId, HistoryQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder("document_id = ?");
        params.add(documentId);
        if (query.delegationId() != null) {
            sql.append(" and (position(? in ',' || coalesce(on_behalf_by, '') || ',') > 0 or on_behalf_of = ?)");
            params.add("," + query.delegationId() + ",");
            params.add(query.delegationId());
        }
        if (!query.actions().isEmpty()) {
            sql.append(" and action in (").append(String.join(", ", Collections.nCopies(query.actions().size(), "?"))).append(")");
            params.addAll(query.actions().stream().sorted().toList());
        }
        return sql.toString();
    }

    /** The stored text as it stood right after the revision. */
    public Optional<String> bodyAt(String documentId, long revision) {
        return revisions.bodyAt(documentId, revision);
    }

    private static HistoryEntry historyEntry(ResultSet rs) throws SQLException {
        String by = rs.getString("on_behalf_by");
        String of = rs.getString("on_behalf_of");
        Actors onBehalf = by == null && of == null ? null
                : new Actors(by == null || by.isEmpty() ? List.of() : Arrays.asList(by.split(",")), of);
        return new HistoryEntry(rs.getString("document_id"), rs.getLong("revision"), instant(rs, "at"),
                rs.getString("actor"), onBehalf, rs.getString("action"), rs.getString("block_id"),
                rs.getString("summary"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
