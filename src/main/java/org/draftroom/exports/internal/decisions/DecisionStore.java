package org.draftroom.exports.internal.decisions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code decision_list}: the list as issued, parsed when read. */
@Repository
public class DecisionStore {
    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String symbol) {
        return jdbc.sql("select count(*) from decision_list where symbol = ?").param(symbol).query(Integer.class)
                .single() > 0;
    }

    public long countAtSession(String sessionCode) {
        return jdbc.sql("select count(*) from decision_list where session_code = ?").param(sessionCode)
                .query(Long.class).single();
    }

    public void insert(String symbol, String sessionCode, String source, Instant at, String by) {
        jdbc.sql("insert into decision_list (symbol, session_code, source, imported_at, imported_by) "
                + "values (?, ?, ?, ?, ?)").params(symbol, sessionCode, source, Timestamp.from(at), by).update();
    }

    public List<String> sources() {
        return jdbc.sql("select source from decision_list order by symbol").query(String.class).list();
    }

    public Optional<String> source(String symbol) {
        return jdbc.sql("select source from decision_list where symbol = ?").param(symbol).query(String.class)
                .optional();
    }
}
