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
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.testkit.TestDocuments;

class SearchEngineTest {
    @TempDir
    Path dir;
    SearchEngine engine;

    @BeforeEach
    void build() throws Exception {
        engine = new SearchEngine(dir.resolve("index"));
        assertThat(engine.openExisting()).isFalse();
        Map<String, SourceDocument> docs = Map.of(
                "tor", new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC34", 3),
                "eng", new SourceDocument(TestDocuments.englishTerms("eng"), "PBC34", 1));
        engine.rebuild(List.of("tor", "eng"), id -> Optional.ofNullable(docs.get(id)));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private SearchResult search(String q) {
        return engine.search(SearchRequest.text(q));
    }

    private static SearchRequest filters(String q, List<String> delegations, List<String> kinds) {
        return new SearchRequest(q, null, null, delegations, kinds, null, null, 50);
    }

    @Test
    void the_external_evaluation_team_is_found_in_section_F() {
        SearchResult result = search("外部评价小组");
        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.section()).startsWith("F."));
        assertThat(result.hits()).extracting(Hit::blockId).contains("pb15", "p16");
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>"));
        Hit us = result.hits().stream().filter(h -> h.entryId().equals("pUs15")).findFirst().orElseThrow();
        assertThat(us.label()).isEqualTo("§4");
        assertThat(us.snippetHtml()).contains("<mark>外部评价小组</mark>");
    }

    @Test
    void russian_deletions_are_only_russian_deletions() {
        SearchResult result = engine.search(filters("", List.of("RU"), List.of("delete")));
        assertThat(result.hits()).extracting(Hit::entryId).containsExactly("pRu1", "pRu3");
        assertThat(result.hits()).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo("delete");
            assertThat(h.delegations()).contains("RU");
        });
    }

    @Test
    void not_excludes_paragraphs_mentioning_the_oversight_division() {
        SearchResult all = search("评价");
        SearchResult without = search("评价 NOT 监督司");
        assertThat(all.hits()).anySatisfy(h -> assertThat(h.snippetHtml()).contains("监督司"));
        assertThat(without.hits()).isNotEmpty().hasSizeLessThan(all.hits().size());
        assertThat(without.hits()).extracting(Hit::entryId).doesNotContain("i15b", "st15", "pDz15");
    }

    @Test
    void english_queries_are_stemmed() {
        SearchResult result = search("evaluations");
        assertThat(result.hits()).extracting(Hit::blockId).contains("e1");
        Hit e1 = result.hits().stream().filter(h -> h.blockId().equals("e1")).findFirst().orElseThrow();
        assertThat(e1.snippetHtml()).contains("<mark>evaluation</mark>");
        assertThat(search("evaluator*").hits()).extracting(Hit::entryId).containsExactlyInAnyOrder("e2", "eP1");
        assertThat(search("\"external offices network\"").hits()).extracting(Hit::blockId).containsExactly("e2");
    }

    @Test
    void position_holders_and_groups_spoken_for_count_as_delegations() {
        SearchResult russia = engine.search(filters("", List.of("RU"), List.of("oppose")));
        assertThat(russia.hits()).extracting(Hit::entryId).containsExactly("posRu15");
        assertThat(russia.hits().getFirst().context()).contains("外部评价小组");
        SearchResult group = engine.search(filters("", List.of("AFRICAN_GROUP"), List.of()));
        assertThat(group.hits()).extracting(Hit::entryId).containsExactly("pDz15");
    }

    @Test
    void facet_counts_ignore_their_own_filter() {
        SearchResult result = engine.search(filters("", List.of("RU"), List.of()));
        var delegation = result.facets().stream().filter(f -> f.dimension().equals("delegation")).findFirst()
                .orElseThrow();
        assertThat(delegation.values()).extracting(SearchResult.FacetValue::value).contains("RU", "US", "PK");
        var kinds = result.facets().stream().filter(f -> f.dimension().equals("kind")).findFirst().orElseThrow();
        assertThat(kinds.values()).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("delete");
            assertThat(v.count()).isEqualTo(2);
        });
        var documents = result.facets().stream().filter(f -> f.dimension().equals("document")).findFirst()
                .orElseThrow();
        assertThat(documents.values()).extracting(SearchResult.FacetValue::label).contains("WO/PBC/34/15");
    }

    @Test
    void a_changed_document_is_searchable_at_once_and_old_entries_are_gone() throws Exception {
        assertThat(search("知识产权审计").hits()).isEmpty();
        var doc = TestDocuments.termsOfReference("tor");
        var changed = new org.draftroom.negotiation.NegotiationDocument("tor", doc.header(), doc.preamble(),
                List.of(new org.draftroom.negotiation.Section("sZ", "Z.", List.of(), List.of(TestDocuments
                        .paragraph("pNew", List.of(new org.draftroom.negotiation.Text("新的知识产权审计段落。")))))));
        engine.index(new SourceDocument(changed, "PBC34", 4));
        assertThat(search("知识产权审计").hits()).extracting(Hit::blockId).containsExactly("pNew");
        assertThat(search("外部评价小组").hits()).isEmpty();
        assertThat(engine.indexedRevisions()).containsEntry("tor", 4L);
    }

    @Test
    void a_document_without_text_indexed_first_does_not_break_the_build() throws Exception {
        var tor = TestDocuments.termsOfReference("tor");
        var empty = new org.draftroom.negotiation.NegotiationDocument("empty", tor.header(), List.of(), List.of());
        Map<String, SourceDocument> docs = Map.of("empty", new SourceDocument(empty, "PBC34", 1),
                "tor", new SourceDocument(tor, "PBC34", 3));
        engine.rebuild(List.of("empty", "tor"), id -> Optional.ofNullable(docs.get(id)));

        assertThat(engine.status().state()).isEqualTo(org.draftroom.search.IndexStatus.State.READY);
        assertThat(search("外部评价小组").hits()).isNotEmpty();
        assertThat(engine.indexedRevisions()).containsKeys("empty", "tor");
    }

    @Test
    void a_document_without_symbol_or_title_is_indexed_and_kept_on_updates() throws Exception {
        var tor = TestDocuments.termsOfReference("untitled");
        var untitled = new org.draftroom.negotiation.NegotiationDocument("untitled",
                org.draftroom.negotiation.DocumentHeader.minimal(null, null, "zh"), tor.preamble(), tor.sections());

        engine.index(new SourceDocument(untitled, "PBC34", 1));

        assertThat(engine.indexedRevisions()).containsKey("untitled");
    }

    @Test
    void syntax_errors_fall_back_to_the_literal_text() {
        assertThat(search("[监督司").hits()).isNotEmpty();
        assertThat(search("美国: 外部评价小组").total()).isGreaterThanOrEqualTo(0);
    }
}
