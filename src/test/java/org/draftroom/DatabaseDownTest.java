package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseDownTest {

    @Test
    void a_rollback_that_failed_after_the_disk_filled_is_the_database_being_down() {
        // as DiskFullIT saw it: the write failed on the full disk, the pool evicted the connection, the rollback failed
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException(new IOException("No space left on device")));
        assertThat(DatabaseDown.causes(rollback)).isTrue();
    }

    @Test
    void h2_closing_the_database_is_down_and_a_constraint_is_not() {
        assertThat(DatabaseDown.causes(new IllegalStateException(new SQLException("The database has been closed", "90098", 90098))))
                .isTrue();
        assertThat(DatabaseDown.causes(new SQLException("No disk space available", "90100", 90100))).isTrue();
        assertThat(DatabaseDown.causes(new DataIntegrityViolationException("duplicate",
                new SQLException("Unique index or primary key violation", "23505", 23505)))).isFalse();
    }
}
