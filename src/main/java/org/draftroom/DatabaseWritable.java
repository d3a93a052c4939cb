package org.draftroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: can the database take a write now? H2 closes its file when a write finds the disk full, and may
 * reopen it while the disk is still full, reading happily (so {@code SELECT 1} answers) while every commit
 * fails; only a committed write tells the truth. The probe updates one row of {@code health_probe} and commits
 * (a chunk written to the file, as every write does with {@code WRITE_DELAY=0}). The health endpoint is open
 * without sign-in, so at most one probe runs a second; callers in between get the last answer.
 */
@Component("databaseWritable")
class DatabaseWritable implements HealthIndicator {
    static final Duration REUSE_FOR = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private Health last;
    private long lastAt;

    DatabaseWritable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (last == null || now - lastAt >= REUSE_FOR.toNanos()) {
            last = probe();
            lastAt = System.nanoTime();
        }
        return last;
    }

    private Health probe() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "update health_probe set probed_at = current_timestamp where id = 1")) {
                update.setQueryTimeout(5);
                int rows = update.executeUpdate();
                c.commit();
                if (rows != 1) return Health.down().withDetail("error", "health_probe has no row").build();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            return Health.up().build();
        } catch (SQLException | RuntimeException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
