package org.draftroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.NotationImporter;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.search.internal.SearchEngine;
import org.draftroom.search.internal.SourceDocument;

/** The must-shows on the real seed text, imported by the notation importer and indexed as the app does. */
class SeedSearchTest {
    @TempDir
    static Path dir;
    static SearchEngine engine;
    static NegotiationDocument tor;

    @BeforeAll
    static void indexTheSeed() throws Exception {
        String text;
        try (var in = SeedSearchTest.class.getResourceAsStream("/seed/tor-external-offices.zh.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        NegotiationDocument imported = new NotationImporter(DelegationRegistry.standard())
                .importText(text, new ImportOptions(null, null, null)).document();
        tor = new NegotiationDocument("tor", imported.header(), imported.preamble(), imported.sections());
        engine = new SearchEngine(dir.resolve("index"));
        engine.openExisting();
        engine.rebuild(List.of("tor"), id -> Optional.of(new SourceDocument(tor, "PBC/34", 1)));
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    private static SearchResult search(String q, List<String> delegations, List<String> kinds) {
        return engine.search(new SearchRequest(q, null, null, delegations, kinds, null, null, SearchRequest.MAX_LIMIT));
    }

    /** "e.g. 外部评价小组, Pakistan or PBC": each example the search box offers (English and Chinese) finds the seed. */
    @Test
    void every_example_of_the_search_placeholder_finds_hits_in_the_seed() throws Exception {
        for (String bundle : List.of("/i18n/search.properties", "/i18n/search_zh.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = SeedSearchTest.class.getResourceAsStream(bundle)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String placeholder = p.getProperty("search.placeholder");
            String examples = placeholder.substring(placeholder.indexOf(placeholder.contains("e.g.") ? "e.g." : "例如") + 4);
            List<String> each = java.util.Arrays.stream(examples.split(",|、| or | 或 ")).map(String::strip)
                    .filter(e -> !e.isEmpty()).toList();
            assertThat(each).as(bundle).hasSizeGreaterThanOrEqualTo(3);
            for (String example : each) assertThat(search(example, null, null).hits()).as(bundle + ": " + example).isNotEmpty();
        }
    }

    @Test
    void the_external_evaluation_team_is_found_in_section_F_wherever_the_text_names_it() {
        long inText = Walk.blocks(tor).stream().filter(b -> b instanceof Paragraph || b instanceof Statement
                || b instanceof Item).filter(b -> ownText(b).contains("外部评价小组")).count();
        SearchResult result = search("外部评价小组", null, null);
        List<Hit> blockHits = result.hits().stream().filter(h -> List.of("paragraph", "statement").contains(h.kind()))
                .toList();
        assertThat(blockHits).hasSize((int) inText);
        assertThat(result.hits()).filteredOn(h -> h.section().startsWith("F")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>外部评价小组</mark>"));
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.blockId()).isNotBlank());
    }

    @Test
    void russian_deletion_proposals_and_nothing_else() {
        long expected = Walk.proposals(tor).stream()
                .filter(p -> p.kind() == ProposalKind.DELETE && p.actors().involves("RU")).count();
        SearchResult result = search("", List.of("RU"), List.of("delete"));
        assertThat(expected).isPositive();
        assertThat(result.total()).isEqualTo(expected);
        assertThat(result.hits()).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo("delete");
            assertThat(h.delegations()).contains("RU");
        });
    }

    @Test
    void not_excludes_every_entry_mentioning_the_oversight_division() {
        SearchResult evaluation = search("评价", null, null);
        SearchResult both = search("评价 AND 监督司", null, null);
        SearchResult without = search("评价 NOT 监督司", null, null);
        assertThat(both.total()).isPositive();
        assertThat(without.total()).isEqualTo(evaluation.total() - both.total());
        assertThat(without.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.snippetHtml()).doesNotContain("监督司");
            assertThat(h.context()).doesNotContain("监督司");
        });
    }

    @Test
    void sections_are_faceted_by_label_and_base_heading() {
        SearchResult result = search("评价", null, null);
        assertThat(result.facets()).filteredOn(f -> f.dimension().equals("section")).singleElement()
                .satisfies(f -> assertThat(f.values()).extracting(SearchResult.FacetValue::value)
                        .contains("A 背景", "F 管理安排"));
    }

    /** The block's own wording with proposals in place, as the paragraph entry indexes it. */
    private static String ownText(org.draftroom.negotiation.Block block) {
        return switch (block) {
            case Paragraph p -> Walk.plainText(p.content());
            case Item i -> Walk.plainText(i.content());
            case Statement st -> Walk.plainText(st.text());
            default -> "";
        };
    }
}
