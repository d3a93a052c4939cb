package org.draftroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.testkit.TestDocuments;

/** A Chinese text's proposals and positions are found by the delegations' names in English (and in Chinese). */
class DelegationNamesTest {
    @TempDir
    Path dir;
    SearchEngine engine;

    @BeforeEach
    void build() throws Exception {
        engine = new SearchEngine(dir.resolve("index"));
        engine.openExisting();
        Map<String, SourceDocument> docs = Map.of("tor", new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC34", 3));
        engine.rebuild(List.of("tor"), id -> Optional.ofNullable(docs.get(id)));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private List<Hit> hits(String q) {
        return engine.search(new SearchRequest(q, null, null, null, null, null, null, 50)).hits();
    }

    @Test
    void english_names_find_what_a_delegation_said_in_a_chinese_text() {
        assertThat(hits("Pakistan")).isNotEmpty().allSatisfy(h -> assertThat(h.delegations()).contains("PK"));
        assertThat(hits("\"United States\"")).extracting(Hit::entryId).contains("pUs15");
        assertThat(hits("巴基斯坦")).extracting(Hit::entryId).containsAll(hits("Pakistan").stream().map(Hit::entryId).toList());
    }

    @Test
    void a_name_and_a_word_of_the_text_narrow_to_that_delegations_wording() {
        List<Hit> both = hits("\"United States\" 外部评价小组");
        assertThat(both).extracting(Hit::entryId).contains("pUs15");
        assertThat(both).allSatisfy(h -> assertThat(h.delegations()).contains("US"));
    }
}
