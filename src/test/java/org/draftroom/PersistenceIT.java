package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ADR 0003: H2 in file mode under the data directory, with committed writes flushed at once. */
@DraftroomIT
class PersistenceIT {
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${draftroom.data-dir}")
    String dataDir;

    @Test
    void the_running_database_has_no_write_delay() {
        assertThat(url).contains("WRITE_DELAY=0");
        // H2 lists the setting once as given in the URL and once as in effect: both must say 0
        assertThat(jdbc.sql("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")
                .query(String.class).list()).isNotEmpty().containsOnly("0");
    }

    @Test
    void the_database_is_a_file_in_the_configured_data_directory() {
        assertThat(url).startsWith("jdbc:h2:file:");
        assertThat(Path.of(dataDir)).isAbsolute();
        assertThat(Path.of(dataDir).resolve("draftroom.mv.db")).exists();
    }
}
