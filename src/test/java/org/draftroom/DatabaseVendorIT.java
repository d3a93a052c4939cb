package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.draftroom.testkit.TestDatabase;

/**
 * The integration suite runs on the database its run names (ADR 0014): H2 by default, a real PostgreSQL server
 * with -Ddraftroom.test.database=postgresql, so a green PostgreSQL run cannot be H2 in disguise; and both took the
 * same migrations, the shared ones and their own vendor's.
 */
@DraftroomIT
class DatabaseVendorIT {
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_tests_run_on_the_database_the_switch_names_with_every_migration_applied() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.postgresql() ? "PostgreSQL" : "H2");
        }
        assertThat(jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"")
                .query(String.class).list())
                .containsSubsequence("0.0", "1.0", "1.1", "2.0", "2.1", "2.2", "3.0", "3.1", "4.0", "4.1", "5.0", "5.1", "6.0");
    }
}
