package org.draftroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

import org.draftroom.testkit.TestDocuments;

class SearchIndexHealthTest {
    @TempDir
    Path dir;

    @Test
    void search_is_out_of_service_until_an_index_is_served_then_up() throws Exception {
        try (SearchEngine engine = new SearchEngine(dir.resolve("index"))) {
            SearchIndexHealth health = new SearchIndexHealth(engine);
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(engine.openExisting()).isFalse();
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.health().getDetails()).containsEntry("state", "BUILDING");
            SourceDocument tor = new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC34", 1);
            engine.rebuild(List.of("tor"), id -> Optional.of(tor));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("documents", 1);
        }
    }

    @Test
    void a_failed_first_build_is_down() throws Exception {
        try (SearchEngine engine = new SearchEngine(dir.resolve("index"))) {
            engine.openExisting();
            assertThatThrownBy(() -> engine.rebuild(List.of("tor"), id -> {
                throw new IllegalStateException("the documents cannot be read");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(new SearchIndexHealth(engine).health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
