package org.draftroom.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.draftroom.documents.SessionInfo;

/** Committees, their sessions and the document symbols issued for them. */
@Repository
public class SessionStore {
    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SessionInfo> sessions() {
        return jdbc.sql("select * from committee_session order by committee_code, number")
                .query(SessionStore::row).list();
    }

    public Optional<SessionInfo> find(String code) {
        return jdbc.sql("select * from committee_session where code = ?").param(code).query(SessionStore::row)
                .optional();
    }

    public boolean exists(String sessionCode) {
        return jdbc.sql("select count(*) from committee_session where code = ?").param(sessionCode)
                .query(Long.class).single() > 0;
    }

    public boolean committeeExists(String code) {
        return jdbc.sql("select count(*) from committee where code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<String> committees() {
        return jdbc.sql("select code from committee order by code").query(String.class).list();
    }

    /** Inserts the committee unless it is there (the migration registers PBC before the demo seed runs). */
    public void insertCommittee(String code, String nameEn, String nameZh) {
        // standard SQL MERGE (H2 and PostgreSQL 15+), not H2's "merge … key" (ADR 0014)
        jdbc.sql("""
                        merge into committee c using (values (?, ?, ?)) n (code, name_en, name_zh) on c.code = n.code
                        when matched then update set name_en = n.name_en, name_zh = n.name_zh
                        when not matched then insert (code, name_en, name_zh) values (n.code, n.name_en, n.name_zh)""")
                .params(code, nameEn, nameZh).update();
    }

    public void insertSession(SessionInfo s) {
        jdbc.sql("""
                        insert into committee_session (code, committee_code, number, starts_on, ends_on, place, name)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.code(), s.committeeCode(), s.number(), s.startsOn(), s.endsOn(), s.place(), s.name())
                .update();
    }

    /** Rewrites the session stored under {@code code}; the caller has checked that a new code is unused. */
    public void updateSession(String code, SessionInfo s) {
        jdbc.sql("""
                        update committee_session set code = ?, committee_code = ?, number = ?, starts_on = ?,
                        ends_on = ?, place = ?, name = ? where code = ?""")
                .params(s.code(), s.committeeCode(), s.number(), s.startsOn(), s.endsOn(), s.place(), s.name(), code)
                .update();
    }

    /** Documents and issued symbols of this module that name the session. */
    public long references(String code) {
        return jdbc.sql("select (select count(*) from document where session_code = :c) "
                        + "+ (select count(*) from session_document_symbol where session_code = :c)")
                .param("c", code).query(Long.class).single();
    }

    public void insertSymbol(String symbol, String sessionCode, String title) {
        jdbc.sql("insert into session_document_symbol (symbol, session_code, title) values (?, ?, ?)")
                .params(symbol, sessionCode, title).update();
    }

    public Optional<String> sessionOfSymbol(String symbol) {
        return jdbc.sql("select session_code from session_document_symbol where symbol = ?").param(symbol)
                .query(String.class).optional();
    }

    /** Marks a named seed set as loaded; false if it already was (the primary key forbids a second row). */
    public boolean markSeedLoaded(String name, java.time.Instant at) {
        long present = jdbc.sql("select count(*) from seed_load where name = ?").param(name).query(Long.class)
                .single();
        if (present > 0) return false;
        jdbc.sql("insert into seed_load (name, loaded_at) values (?, ?)")
                .params(name, at.atOffset(java.time.ZoneOffset.UTC)).update();
        return true;
    }

    private static SessionInfo row(ResultSet rs, int n) throws SQLException {
        return new SessionInfo(rs.getString("code"), rs.getString("committee_code"), rs.getInt("number"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"), rs.getString("name"));
    }
}
