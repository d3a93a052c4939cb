package org.draftroom.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.draftroom.audit.AuditEntry;

/** The audit_entry table (rows are only ever inserted) and its one-row chain head. Callers bring the transaction. */
@Repository
public class AuditStore {
    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest sequence number and hash. */
    public record Head(long seq, String hash) {
    }

    /** Locks the head row until the transaction ends: the database, not the JVM, serialises appends. */
    public Head lockHead() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public Head head() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry(seq, at, actor, action, subject, detail, document_id, revision, state_hash,
                    previous_hash, hash, mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), e.at().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.subject(), e.detail(),
                        e.documentId(), e.revision(), e.stateHash(), e.previousHash(), e.hash(), e.mac())
                .update();
        int moved = jdbc.sql("update audit_chain_head set seq = ?, hash = ? where id = 1 and seq = ?")
                .params(e.seq(), e.hash(), e.seq() - 1).update();
        if (moved != 1) throw new IllegalStateException("audit chain head moved under a locked append");
    }

    public Optional<String> hashAt(long seq) {
        return jdbc.sql("select hash from audit_entry where seq = ?").param(seq).query(String.class).optional();
    }

    /** The first entry of the unbroken run of entries with MACs at the end of the table. */
    public long firstOfMacRun() {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from audit_entry where mac is null").query(Long.class).single();
    }

    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc limit ?").param(limit).query(AuditStore::map).list();
    }

    /** A page of the entries of these kinds (all when empty) and not of the excluded ones, newest first. */
    public List<AuditEntry> page(Set<String> kinds, Set<String> excluded, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "select * from audit_entry" + where(kinds, excluded, params) + " order by seq desc limit ? offset ?";
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql).params(params).query(AuditStore::map).list();
    }

    public long count(Set<String> kinds, Set<String> excluded) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_entry" + where(kinds, excluded, params)).params(params)
                .query(Long.class).single();
    }

    /** Every kind of entry in the trail. */
    public List<String> kinds() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    private static String where(Set<String> kinds, Set<String> excluded, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!kinds.isEmpty()) conditions.add("action in (" + placeholders(kinds, params) + ")");
        if (!excluded.isEmpty()) conditions.add("action not in (" + placeholders(excluded, params) + ")");
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String placeholders(Set<String> values, List<Object> params) {
        params.addAll(values.stream().sorted().toList());
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    public Stream<AuditEntry> inOrder() {
        return jdbc.sql("select * from audit_entry order by seq").query(AuditStore::map).stream();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("document_id"),
                rs.getObject("revision", Long.class), rs.getString("state_hash"), rs.getString("previous_hash"),
                rs.getString("hash"), rs.getString("mac"));
    }
}
