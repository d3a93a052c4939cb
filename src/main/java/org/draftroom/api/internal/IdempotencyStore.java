package org.draftroom.api.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotency_key table (ADR 0013). Reserving and settling a key each take a short transaction of their own,
 * outside the request's work, so no connection is held while the request waits for anything; only
 * {@link #recordChange} runs inside another transaction, the change's.
 */
@Repository
class IdempotencyStore {
    /** How long a key answers for its request; older rows are deleted. */
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();
    /** This process: a pending row with another boot id was left by a process that died (one node per database). */
    private final String bootId = UUID.randomUUID().toString();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    enum State {
        PENDING, DONE, STORED;

        static State fromWire(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** An answer to replay: status, the kept headers, the body. */
    record KeptAnswer(int status, Map<String, String> headers, byte[] body) {
    }

    /** What a key says about a request that carries it. */
    sealed interface Reservation {
    }

    /** The key is this request's now: run it. */
    record Reserved() implements Reservation {
    }

    /** The key's request was answered: send that answer again. */
    record Replay(KeptAnswer answer) implements Reservation {
    }

    /** The key's request stored a change at this revision, but its answer was not kept. */
    record Stored(String documentId, long revision) implements Reservation {
    }

    /** The key was used for another request. */
    record Reused() implements Reservation {
    }

    private record Row(String fingerprint, State state, Instant createdAt, String documentId, Long revision,
                       Integer status, String headers, byte[] body) {
    }

    /**
     * Takes the key for a request, or says what it already answers. The caller makes sure no request of this
     * process holds the key, so a pending row found here was left by a request that cannot finish: a process
     * that died, or one whose settling failed.
     */
    Reservation reserve(String user, String key, String fingerprint) {
        sweepNowAndThen();
        try {
            return tx.execute(status -> reserveHere(user, key, fingerprint));
        } catch (DuplicateKeyException raced) { // another node inserted it first: read what it holds
            return tx.execute(status -> reserveHere(user, key, fingerprint));
        }
    }

    private Reservation reserveHere(String user, String key, String fingerprint) {
        Instant now = now();
        Optional<Row> found = jdbc.sql("""
                        select fingerprint, state, created_at, document_id, revision, status, headers, body
                        from idempotency_key where username = ? and idem_key = ? for update""")
                .params(user, key).query(IdempotencyStore::row).optional();
        if (found.isEmpty()) {
            jdbc.sql("""
                            insert into idempotency_key (username, idem_key, fingerprint, state, boot_id, created_at)
                            values (?, ?, ?, 'pending', ?, ?)""")
                    .params(user, key, fingerprint, bootId, at(now)).update();
            return new Reserved();
        }
        Row row = found.get();
        if (row.createdAt().isBefore(now.minus(LIFETIME))) return retake(user, key, fingerprint, now);
        if (!row.fingerprint().equals(fingerprint)) return new Reused();
        return switch (row.state()) {
            case DONE -> new Replay(new KeptAnswer(row.status(), headers(row.headers()), row.body()));
            case STORED -> new Stored(row.documentId(), row.revision());
            // left behind: its change committed (the change's transaction wrote the revision) or it did not
            case PENDING -> row.revision() != null ? new Stored(row.documentId(), row.revision())
                    : retake(user, key, fingerprint, now);
        };
    }

    private Reservation retake(String user, String key, String fingerprint, Instant now) {
        jdbc.sql("""
                        update idempotency_key set fingerprint = ?, state = 'pending', boot_id = ?, created_at = ?,
                            document_id = null, revision = null, status = null, headers = null, body = null
                        where username = ? and idem_key = ?""")
                .params(fingerprint, bootId, at(now), user, key).update();
        return new Reserved();
    }

    /** The fingerprint the key was reserved with, if it is still kept. */
    Optional<String> fingerprintOf(String user, String key) {
        return jdbc.sql("select fingerprint from idempotency_key where username = ? and idem_key = ?")
                .params(user, key).query(String.class).optional();
    }

    /**
     * In the change's transaction: the key's row names the revision the change made (the last one, when a
     * request makes several).
     *
     * @throws IllegalStateException when this process holds no pending row for the key
     */
    void recordChange(String user, String key, String documentId, long revision) {
        int rows = jdbc.sql("""
                        update idempotency_key set document_id = ?, revision = ?
                        where username = ? and idem_key = ? and boot_id = ? and state = 'pending'""")
                .params(documentId, revision, user, key, bootId).update();
        if (rows != 1) {
            throw new IllegalStateException("no pending Idempotency-Key row of this process for " + user
                    + " to record revision " + revision + " of document " + documentId + " in");
        }
    }

    /** The request was answered: keep the answer for the key's lifetime. */
    void keep(String user, String key, KeptAnswer answer) {
        jdbc.sql("""
                        update idempotency_key set state = 'done', status = ?, headers = ?, body = ?
                        where username = ? and idem_key = ? and boot_id = ? and state = 'pending'""")
                .params(answer.status(), lines(answer.headers()), answer.body(), user, key, bootId).update();
    }

    /**
     * The request failed, or its answer is too large to keep: the key is free again, unless a change of the
     * request committed, which the key then reports (a retry must not make it twice).
     */
    void release(String user, String key) {
        tx.executeWithoutResult(status -> {
            int stored = jdbc.sql("""
                            update idempotency_key set state = 'stored'
                            where username = ? and idem_key = ? and boot_id = ? and state = 'pending'
                                and revision is not null""")
                    .params(user, key, bootId).update();
            if (stored == 0) {
                jdbc.sql("""
                                delete from idempotency_key
                                where username = ? and idem_key = ? and boot_id = ? and state = 'pending'
                                    and revision is null""")
                        .params(user, key, bootId).update();
            }
        });
    }

    /** Expired keys go, at most every few minutes, by whichever request comes along (no thread of its own). */
    private void sweepNowAndThen() {
        Instant now = now();
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(SWEEP_EVERY)) || !lastSweep.compareAndSet(last, now)) return;
        jdbc.sql("delete from idempotency_key where created_at < ?").param(at(now.minus(LIFETIME))).update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        long revision = rs.getLong("revision");
        Long rev = rs.wasNull() ? null : revision;
        int status = rs.getInt("status");
        Integer st = rs.wasNull() ? null : status;
        return new Row(rs.getString("fingerprint"), State.fromWire(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("document_id"), rev, st,
                rs.getString("headers"), rs.getBytes("body"));
    }

    /** Header values cannot hold line breaks, so one "Name: value" a line is unambiguous. */
    private static String lines(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines == null) return out;
        lines.lines().filter(l -> !l.isEmpty()).forEach(l -> {
            int colon = l.indexOf(": ");
            out.put(l.substring(0, colon), l.substring(colon + 2));
        });
        return out;
    }
}
