package org.draftroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.testkit.TestDocuments;

/**
 * Snippets mark the match on whichever field found it: a field the hit is indexed in but that has no match (the
 * bigram field for a one-character query, the stemmed English field for a prefix) yields no snippet, so the next
 * field is tried instead of showing an unmarked passage.
 */
class SnippetTest {
    @TempDir
    static Path dir;
    static SearchEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = new SearchEngine(dir.resolve("index"));
        engine.openExisting();
        Map<String, SourceDocument> docs = Map.of(
                "tor", new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC/34", 1),
                "eng", new SourceDocument(TestDocuments.englishTerms("eng"), "PBC/34", 1));
        engine.rebuild(List.of("tor", "eng"), id -> Optional.ofNullable(docs.get(id)));
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    private static List<Hit> hits(String q) {
        return engine.search(SearchRequest.text(q)).hits();
    }

    @Test
    void a_one_character_query_is_marked_from_the_word_field() {
        assertThat(hits("司")).isNotEmpty().allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>司</mark>"));
    }

    @Test
    void a_prefix_is_marked_from_the_unstemmed_field() {
        assertThat(hits("evaluat*")).isNotEmpty().allSatisfy(h -> assertThat(h.snippetHtml()).containsPattern(
                "<mark>evaluat\\w*</mark>"));
    }

    @Test
    void words_of_an_and_query_are_marked_and_excluded_words_are_not_searched_for() {
        assertThat(hits("外部评价小组 AND 遴选")).singleElement()
                .satisfies(h -> assertThat(h.snippetHtml()).contains("<mark>外部评价小组</mark>", "<mark>遴选</mark>"));
        assertThat(hits("评价 NOT 监督司")).isNotEmpty().allSatisfy(h -> assertThat(h.snippetHtml())
                .contains("<mark>评价</mark>").doesNotContain("监督司"));
    }
}
