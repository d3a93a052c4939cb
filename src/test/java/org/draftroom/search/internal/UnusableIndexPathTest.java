package org.draftroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.search.IndexStatus;
import org.draftroom.search.SearchRequest;
import org.draftroom.testkit.TestDocuments;

/** Where the index belongs there is something unusable: it is moved aside, said so, and the index is rebuilt. */
class UnusableIndexPathTest {
    @TempDir
    Path dir;

    @Test
    void an_index_path_that_is_a_regular_file_is_moved_aside_and_the_index_rebuilt_in_its_place() throws Exception {
        Path index = dir.resolve("index");
        Files.writeString(index, "not an index");
        try (SearchEngine engine = new SearchEngine(index)) {
            assertThat(engine.openExisting()).isFalse();
            assertThat(engine.status().message()).contains("index path was not a folder (moved aside to index.unusable-");
            Map<String, SourceDocument> docs = Map.of("tor", new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC34", 3));
            engine.rebuild(List.of("tor"), id -> Optional.ofNullable(docs.get(id)));
            assertThat(engine.status().state()).isEqualTo(IndexStatus.State.READY);
            assertThat(engine.search(SearchRequest.text("评价")).hits()).isNotEmpty();
        }
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("index.unusable-")).findFirst().orElseThrow();
            assertThat(aside).hasContent("not an index");
        }
    }

    @Test
    void a_file_that_appears_after_start_is_moved_aside_by_the_next_build() throws Exception {
        Path index = dir.resolve("index");
        try (SearchEngine engine = new SearchEngine(index)) {
            assertThat(engine.openExisting()).isFalse();
            Files.writeString(index, "stray");
            engine.rebuild(List.of(), id -> Optional.empty());
            assertThat(engine.status().state()).isEqualTo(IndexStatus.State.READY);
        }
        assertThat(index).isDirectory();
    }
}
