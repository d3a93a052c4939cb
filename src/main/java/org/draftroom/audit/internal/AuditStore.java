package org.draftroom.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.draftroom.audit.AuditEntry;

/** The audit_entry table. Rows are only ever inserted. */
@Repository
public class AuditStore {
    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> lastHash() {
        return jdbc.sql("select hash from audit_entry order by seq desc limit 1").query(String.class).optional();
    }

    public long nextSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from audit_entry").query(Long.class).single();
    }

    public void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry(seq, at, actor, action, subject, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), e.at().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.subject(), e.detail(),
                        e.previousHash(), e.hash())
                .update();
    }

    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc limit ?").param(limit).query(AuditStore::map).list();
    }

    public Stream<AuditEntry> inOrder() {
        return jdbc.sql("select * from audit_entry order by seq").query(AuditStore::map).stream();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
