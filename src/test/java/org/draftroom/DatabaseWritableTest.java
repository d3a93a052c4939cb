package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class DatabaseWritableTest {

    @Test
    void a_database_that_takes_a_commit_is_up() throws Exception {
        DataSource db = database(Files.createTempDirectory("writable"), "");
        assertThat(new DatabaseWritable(db).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_database_that_answers_reads_but_refuses_writes_is_down() throws Exception {
        Path dir = Files.createTempDirectory("writable");
        database(dir, "");
        DataSource readOnly = database(dir, ";ACCESS_MODE_DATA=r");
        try (Connection c = readOnly.getConnection(); var select = c.createStatement().executeQuery("select 1")) {
            assertThat(select.next()).as("a SELECT 1 check would call this database healthy").isTrue();
        }
        var health = new DatabaseWritable(readOnly).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(String.valueOf(health.getDetails().get("error"))).containsIgnoringCase("read only");
    }

    @Test
    void a_database_that_cannot_be_opened_is_down() throws Exception {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:file:" + Files.createTempDirectory("writable").resolve("absent") + ";IFEXISTS=TRUE");
        assertThat(new DatabaseWritable(missing).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void callers_within_a_second_share_one_probe() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        DataSource counted = new DelegatingDataSource(database(Files.createTempDirectory("writable"), "")) {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        };
        DatabaseWritable writable = new DatabaseWritable(counted);
        for (int i = 0; i < 50; i++) writable.health();
        assertThat(connections.get()).isEqualTo(1);
        Thread.sleep(DatabaseWritable.REUSE_FOR.toMillis() + 100);
        writable.health();
        assertThat(connections.get()).isEqualTo(2);
    }

    /** A file database with the probe's table from its migration (created on the first open). */
    private static DataSource database(Path dir, String settings) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + settings);
        if (settings.isEmpty()) {
            try (Connection c = ds.getConnection(); var s = c.createStatement()) {
                s.execute("runscript from 'classpath:/db/migration/common/V0_0__health_probe.sql'");
            }
        }
        return ds;
    }
}
