package org.draftroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentEdit;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Text;
import org.draftroom.search.internal.IndexMaintainer;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.SignedIn;
import org.draftroom.testkit.TestDocuments;

@DraftroomIT
class SearchIT {
    @Autowired
    DocumentService documents;
    @Autowired
    SearchService search;
    @Autowired
    IndexMaintainer maintainer;
    @Autowired
    VersionService versions;
    @LocalServerPort
    int port;

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        assertThat(maintainer.awaitIdle(60_000)).as("index ready").isTrue();
    }

    /** A phrase of random CJK characters nobody else's test data contains. */
    static String uniquePhrase() {
        Random random = new Random();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) out.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        return out.toString();
    }

    @Test
    @SignedIn("secretariat")
    void a_proposal_applied_to_a_document_is_found_within_a_second() throws Exception {
        String id = documents.create(TestDocuments.termsOfReference("ignored"), "PBC/34");
        assertThat(maintainer.awaitIdle(10_000)).isTrue();
        List<Long> latencies = new ArrayList<>();
        for (String paragraph : List.of("p17", "p16", "p2")) {
            String phrase = uniquePhrase();
            documents.apply(id, new DocumentEdit("propose", paragraph, Actors.of("RU"), "test proposal",
                    doc -> withProposalIn(doc, paragraph, Proposal.inline("pNew" + paragraph, ProposalKind.INSERT,
                            Actors.of("RU"), List.of(), List.of(new Text(phrase)))), null));
            long start = System.nanoTime();
            SearchResult found;
            do {
                found = search.search(SearchRequest.text(phrase));
                if (!found.hits().isEmpty()) break;
                Thread.sleep(5);
            } while (System.nanoTime() - start < 5_000_000_000L);
            latencies.add((System.nanoTime() - start) / 1_000_000);
            assertThat(found.hits()).extracting(SearchResult.Hit::kind).contains("insert", "paragraph");
            assertThat(found.hits()).allSatisfy(h -> {
                assertThat(h.documentId()).isEqualTo(id);
                assertThat(h.blockId()).isEqualTo(paragraph);
            });
        }
        System.out.println("search: proposals searchable " + latencies + " ms after their edit was committed");
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(1_000));
    }

    @Test
    @SignedIn("secretariat")
    void a_frozen_version_is_found_within_a_second_under_its_number_and_session() throws Exception {
        String id = documents.create(TestDocuments.termsOfReference("ignored"), "PBC/34");
        String phrase = uniquePhrase();
        documents.apply(id, new DocumentEdit("propose", "p17", Actors.of("RU"), "test proposal",
                doc -> withProposalIn(doc, "p17", Proposal.inline("pV17", ProposalKind.INSERT, Actors.of("RU"),
                        List.of(), List.of(new Text(phrase)))), null));
        assertThat(maintainer.awaitIdle(10_000)).isTrue();

        DocumentVersion frozen = versions.freeze(id, new IssueDetails("PBC/35", "WO/PBC/35/7", LocalDate.of(2023, 5, 26),
                "附件", "WO/PBC/35/7 附件"));
        String number = Integer.toString(frozen.number());
        long start = System.nanoTime();
        SearchResult found;
        do {
            found = search.search(new SearchRequest(phrase, List.of(id), null, null, null, null, null, List.of(number),
                    20));
            if (!found.hits().isEmpty()) break;
            Thread.sleep(5);
        } while (System.nanoTime() - start < 5_000_000_000L);
        long latency = (System.nanoTime() - start) / 1_000_000;
        System.out.println("search: frozen version searchable " + latency + " ms after the freeze was committed");

        assertThat(found.hits()).extracting(SearchResult.Hit::kind).contains("insert", "paragraph");
        assertThat(found.hits()).allSatisfy(h -> {
            assertThat(h.version()).isEqualTo(frozen.number());
            assertThat(h.versionLabel()).isEqualTo(frozen.label());
            assertThat(h.session()).isEqualTo("PBC/35");
            assertThat(h.blockId()).isEqualTo("p17");
        });
        SearchResult everywhere = search.search(new SearchRequest(phrase, List.of(id), null, null, null, null, null, 20));
        assertThat(everywhere.facets()).filteredOn(f -> f.dimension().equals("version")).singleElement()
                .satisfies(f -> assertThat(f.values()).extracting(SearchResult.FacetValue::value)
                        .containsExactlyInAnyOrder("current", number));
        assertThat(latency).isLessThanOrEqualTo(1_000);
    }

    @Test
    @SignedIn("secretariat")
    void the_api_filters_by_delegation_and_kind_and_reports_facets() throws Exception {
        String id = documents.create(TestDocuments.termsOfReference("ignored"), "PBC/34");
        assertThat(maintainer.awaitIdle(10_000)).isTrue();
        HttpResponse<String> response = get("/api/v1/search?delegation=RU&kind=delete&document=" + id, "observer");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        List<String> entries = new ArrayList<>();
        body.get("items").forEach(hit -> {
            assertThat(hit.get("kind").asString()).isEqualTo("delete");
            assertThat(hit.get("delegations").toString()).contains("\"RU\"");
            assertThat(hit.get("blockId").asString()).isNotBlank();
            entries.add(hit.get("entryId").asString());
        });
        assertThat(entries).containsExactlyInAnyOrder("pRu1", "pRu3");
        assertThat(body.get("facets").toString()).contains("\"dimension\":\"delegation\"");

        assertThat(get("/api/v1/search?q=x", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new Api(port).get(path, user);
    }

    @Test
    @SignedIn("observer")
    void on_the_demo_seed_the_api_answers_the_issue_queries() throws Exception {
        String seed = TestDocuments.seedTor(documents);
        JsonMapper json = JsonMapper.builder().build();

        JsonNode team = json.readTree(get("/api/v1/search?q=" + encode("外部评价小组") + "&document=" + seed,
                "observer").body());
        List<String> sections = new ArrayList<>();
        team.get("items").forEach(hit -> {
            sections.add(hit.get("section").asString());
            assertThat(hit.get("snippetHtml").asString()).contains("<mark>外部评价小组</mark>");
        });
        assertThat(sections).anySatisfy(section -> assertThat(section).startsWith("F"));

        JsonNode deletions = json.readTree(get("/api/v1/search?delegation=RU&kind=delete&size=200&document=" + seed,
                "observer").body());
        assertThat(deletions.get("total").asLong()).isPositive();
        deletions.get("items").forEach(hit -> {
            assertThat(hit.get("kind").asString()).isEqualTo("delete");
            assertThat(hit.get("delegations").toString()).contains("\"RU\"");
        });

        JsonNode without = json.readTree(get("/api/v1/search?q=" + encode("评价 NOT 监督司") + "&size=200&document="
                + seed, "observer").body());
        JsonNode both = json.readTree(get("/api/v1/search?q=" + encode("评价 AND 监督司") + "&size=200&document="
                + seed, "observer").body());
        JsonNode all = json.readTree(get("/api/v1/search?q=" + encode("评价") + "&size=200&document=" + seed,
                "observer").body());
        assertThat(both.get("total").asLong()).isPositive();
        assertThat(without.get("total").asLong()).isEqualTo(all.get("total").asLong() - both.get("total").asLong());
        without.get("items").forEach(hit -> assertThat(hit.get("snippetHtml").asString()).doesNotContain("监督司"));
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    static NegotiationDocument withProposalIn(NegotiationDocument doc, String paragraphId, Proposal proposal) {
        List<Section> sections = doc.sections().stream().map(s -> new Section(s.id(), s.label(), s.heading(),
                s.blocks().stream().map(b -> {
                    if (b instanceof Paragraph p && p.id().equals(paragraphId)) {
                        List<Inline> content = new ArrayList<>(p.content());
                        content.add(proposal);
                        return (org.draftroom.negotiation.Block) new Paragraph(p.id(), p.numbered(), content,
                                p.items(), p.status(), p.bracketed());
                    }
                    return b;
                }).toList())).toList();
        return new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), sections);
    }
}
