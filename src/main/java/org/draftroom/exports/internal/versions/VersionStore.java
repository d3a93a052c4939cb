package org.draftroom.exports.internal.versions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.IssueDetails;

/** Rows of {@code document_version}; the body is the ModelJson of the text as issued. */
@Repository
public class VersionStore {
    private static final String COLUMNS = "id, document_id, number, session_code, symbol, issued_on, annex_label, "
            + "issued_as, frozen_at, frozen_by";
    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DocumentVersion> list(String documentId) {
        return jdbc.sql("select " + COLUMNS + " from document_version where document_id = ? order by number")
                .param(documentId).query(VersionStore::row).list();
    }

    public Optional<DocumentVersion> find(String documentId, int number) {
        return jdbc.sql("select " + COLUMNS + " from document_version where document_id = ? and number = ?")
                .params(documentId, number).query(VersionStore::row).optional();
    }

    public Optional<String> body(String documentId, int number) {
        return jdbc.sql("select body from document_version where document_id = ? and number = ?")
                .params(documentId, number).query(String.class).optional();
    }

    public long countAtSession(String sessionCode) {
        return jdbc.sql("select count(*) from document_version where session_code = ?").param(sessionCode)
                .query(Long.class).single();
    }

    /** Appends the next version; the unique (document, number) constraint settles concurrent freezes. */
    public DocumentVersion insert(String documentId, IssueDetails issue, String body, Instant at, String by) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from document_version where document_id = ?")
                .param(documentId).query(Integer.class).single();
        jdbc.sql("insert into document_version (document_id, number, session_code, symbol, issued_on, annex_label, "
                        + "issued_as, body, frozen_at, frozen_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(documentId, number, issue.sessionCode(), issue.symbol(),
                        issue.issuedOn() == null ? null : Date.valueOf(issue.issuedOn()), issue.annexLabel(),
                        issue.issuedAs(), body, Timestamp.from(at), by)
                .update();
        return find(documentId, number).orElseThrow();
    }

    /** Marks a seed part loaded; false when it already was. */
    public boolean markSeedLoaded(String name, Instant at) {
        if (jdbc.sql("select count(*) from exports_seed_load where name = ?").param(name).query(Integer.class)
                .single() > 0) return false;
        jdbc.sql("insert into exports_seed_load (name, loaded_at) values (?, ?)").params(name, Timestamp.from(at))
                .update();
        return true;
    }

    private static DocumentVersion row(ResultSet rs, int n) throws SQLException {
        Date issued = rs.getDate("issued_on");
        return new DocumentVersion(rs.getLong("id"), rs.getString("document_id"), rs.getInt("number"),
                rs.getString("session_code"), rs.getString("symbol"), issued == null ? null : issued.toLocalDate(),
                rs.getString("annex_label"), rs.getString("issued_as"), rs.getTimestamp("frozen_at").toInstant(),
                rs.getString("frozen_by"));
    }
}
