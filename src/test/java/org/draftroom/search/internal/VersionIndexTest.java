package org.draftroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Text;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchResult.FacetValue;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.testkit.TestDocuments;

/** Frozen versions are indexed beside the working text, each replaced on its own, with a version facet. */
class VersionIndexTest {
    @TempDir
    Path dir;
    SearchEngine engine;

    /** The working text with a paragraph the frozen versions do not have. */
    static NegotiationDocument working() {
        NegotiationDocument tor = TestDocuments.termsOfReference("tor");
        List<Section> sections = new java.util.ArrayList<>(tor.sections());
        sections.add(new Section("sZ", "Z.", List.of(), List.of(TestDocuments.paragraph("pNew",
                List.of(new Text("新的知识产权审计段落。"))))));
        return new NegotiationDocument("tor", tor.header(), tor.preamble(), sections);
    }

    @BeforeEach
    void build() throws Exception {
        engine = new SearchEngine(dir.resolve("index"));
        engine.openExisting();
        engine.rebuild(List.of("tor"), id -> Optional.of(new SourceDocument(working(), "PBC/34", 7)),
                id -> List.of(SourceDocument.version(TestDocuments.termsOfReference("tor"), 1, "PBC/34",
                        "v1 · WO/PBC/34/15 · 2021-12-23")));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private SearchResult search(String q, List<String> versions, List<String> sessions) {
        return engine.search(new SearchRequest(q, null, null, null, null, null, sessions, versions, 50));
    }

    private static List<FacetValue> facet(SearchResult result, String dimension) {
        return result.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElseThrow()
                .values();
    }

    @Test
    void a_version_is_searchable_with_its_number_label_and_session() throws Exception {
        engine.index(SourceDocument.version(TestDocuments.termsOfReference("tor"), 2, "PBC/35", "v2 · WO/PBC/35/7 附件"));

        SearchResult all = search("外部评价小组", List.of(), List.of());
        assertThat(all.hits()).extracting(Hit::version).contains(0, 1, 2);
        assertThat(facet(all, "version")).extracting(FacetValue::value).containsExactlyInAnyOrder("current", "1", "2");
        assertThat(facet(all, "version")).extracting(FacetValue::label).contains("current", "v1", "v2");
        assertThat(facet(all, "session")).extracting(FacetValue::value).contains("PBC/34", "PBC/35");

        SearchResult v2 = search("外部评价小组", List.of("2"), List.of());
        assertThat(v2.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.version()).isEqualTo(2);
            assertThat(h.versionLabel()).isEqualTo("v2 · WO/PBC/35/7 附件");
            assertThat(h.session()).isEqualTo("PBC/35");
            assertThat(h.documentId()).isEqualTo("tor");
            assertThat(h.snippetHtml()).contains("<mark>外部评价小组</mark>");
        });
        assertThat(search("外部评价小组", List.of(), List.of("PBC/35")).hits()).extracting(Hit::version)
                .containsOnly(2);
        // drill-sideways: the version facet still offers the other versions while one is chosen
        assertThat(facet(v2, "version")).extracting(FacetValue::value).contains("current", "1", "2");
        assertThat(engine.indexedVersions()).isEqualTo(Map.of("tor", Set.of(1, 2)));
    }

    @Test
    void reindexing_the_working_text_keeps_the_versions_and_each_holds_its_own_wording() throws Exception {
        assertThat(search("知识产权审计", List.of(), List.of()).hits()).extracting(Hit::version).containsOnly(0);
        engine.index(new SourceDocument(TestDocuments.termsOfReference("tor"), "PBC/34", 8));

        assertThat(search("知识产权审计", List.of(), List.of()).hits()).isEmpty();
        assertThat(search("外部评价小组", List.of("1"), List.of()).hits()).isNotEmpty();
        assertThat(search("外部评价小组", List.of("current"), List.of()).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.version()).isZero());
        assertThat(engine.indexedRevisions()).containsEntry("tor", 8L);
    }

    @Test
    void removing_a_version_or_the_document() throws Exception {
        engine.removeVersion("tor", 1);
        assertThat(search("外部评价小组", List.of("1"), List.of()).hits()).isEmpty();
        assertThat(search("外部评价小组", List.of(), List.of()).hits()).isNotEmpty();
        assertThat(engine.indexedVersions()).isEmpty();

        engine.index(SourceDocument.version(TestDocuments.termsOfReference("tor"), 1, "PBC/34", "v1"));
        engine.remove("tor");
        assertThat(search("外部评价小组", List.of(), List.of()).hits()).isEmpty();
        assertThat(engine.indexedVersions()).isEmpty();
        assertThat(engine.indexedRevisions()).isEmpty();
    }

    @Test
    void without_text_the_working_text_comes_before_its_versions() {
        SearchResult listed = engine.search(new SearchRequest("", List.of("tor"), null, List.of("RU"), List.of("delete"),
                null, null, null, 50));
        assertThat(listed.hits()).extracting(h -> h.version() + ":" + h.entryId())
                .containsExactly("0:pRu1", "0:pRu3", "1:pRu1", "1:pRu3");
    }
}
