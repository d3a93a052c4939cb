package org.draftroom.exports.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentEdit;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.AknSchema;
import org.draftroom.testkit.SampleTor;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.SignIn;

@DraftroomIT
class ExportsApiIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    String id;

    @BeforeEach
    void document() {
        asSecretariat();
        try {
            id = documents.create(SampleTor.document(), "PBC/34");
        } finally {
            SignIn.out();
        }
    }

    private static void asSecretariat() {
        SignIn.in("secretariat");
    }

    private HttpResponse<byte[]> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = new Api(port).request(path, user);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return new Api(port).send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send("GET", path, "observer", null);
    }

    private void freeze(String body) throws Exception {
        HttpResponse<byte[]> response = send("POST", "/api/v1/documents/" + id + "/versions", "secretariat", body);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    }

    /** Pakistan proposes to insert a word into paragraph 3, as the room would record it. */
    private void pakistanProposes() {
        asSecretariat();
        try {
            documents.apply(id, new DocumentEdit("propose", "p3", Actors.of("PK"), "test", doc -> {
                List<Block> blocks = new ArrayList<>(doc.sections().get(1).blocks());
                Paragraph p3 = (Paragraph) blocks.getFirst();
                List<Inline> content = new ArrayList<>(p3.content());
                content.addFirst(Proposal.inline("pk-new", ProposalKind.INSERT, Actors.of("PK"), List.of(),
                        List.of(new Text("全面"))));
                blocks.set(0, new Paragraph(p3.id(), true, content, p3.items(), p3.status(), p3.bracketed()));
                var sections = new ArrayList<>(doc.sections());
                var s = sections.get(1);
                sections.set(1, new org.draftroom.negotiation.Section(s.id(), s.label(), s.heading(), blocks));
                return new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), sections);
            }, null));
        } finally {
            SignIn.out();
        }
    }

    @Test
    void a_version_frozen_at_a_session_compared_with_the_working_state_shows_the_new_proposal() throws Exception {
        freeze("{\"session\":\"PBC/35\",\"symbol\":\"WO/PBC/35/7\",\"issuedOn\":\"2023-05-26\",\"annexLabel\":\"附件\"}");
        pakistanProposes();

        JsonNode versions = JSON.readTree(get("/api/v1/documents/" + id + "/versions").body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("symbol").asString()).isEqualTo("WO/PBC/35/7");

        HttpResponse<byte[]> response = get("/api/v1/documents/" + id + "/export?format=compare&from=1&to=current");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode comparison = JSON.readTree(response.body());
        assertThat(comparison.get("summary").get("proposalsAdded").asInt()).isEqualTo(1);
        assertThat(comparison.get("summary").get("paragraphsChanged").asInt()).isEqualTo(1);
        assertThat(comparison.get("html").asString()).contains("<ins title=\"current\">[全面——巴基斯坦]</ins>");
    }

    @Test
    void only_the_secretariat_freezes_versions() throws Exception {
        HttpResponse<byte[]> response = send("POST", "/api/v1/documents/" + id + "/versions", "observer",
                "{\"symbol\":\"WO/PBC/35/7\"}");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void word_pdf_and_akoma_ntoso_come_from_the_same_endpoint() throws Exception {
        HttpResponse<byte[]> docx = get("/api/v1/documents/" + id + "/export?format=docx&variant=marked&tracked=true");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains("WO-PBC-34-15_marked-tracked.docx");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(word.getDocument().getBody().xmlText()).contains("w:author=\"巴基斯坦\"");
        }
        HttpResponse<byte[]> pdf = get("/api/v1/documents/" + id + "/export?format=pdf&variant=clean-open");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> akn = get("/api/v1/documents/" + id + "/export?format=akn");
        AknSchema.validate(new String(akn.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> bad = get("/api/v1/documents/" + id + "/export?format=docx&variant=nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("unknown variant 'nonsense'");
    }

    @Test
    void the_demo_seed_issues_the_terms_of_reference_three_times_and_bundles_them_as_a64_7() throws Exception {
        String tor = seededTor();
        JsonNode versions = JSON.readTree(get("/api/v1/documents/" + tor + "/versions").body());
        assertThat(List.of(versions.get(0).get("symbol").asString(), versions.get(1).get("symbol").asString(),
                versions.get(2).get("symbol").asString())).containsExactly("WO/PBC/34/15", "WO/PBC/35/7", "WO/PBC/36/12");
        assertThat(versions.get(2).get("annexLabel").asString()).isEqualTo("附件二");

        JsonNode pbc35to36 = JSON.readTree(get("/api/v1/documents/" + tor + "/export?format=compare&from=2&to=3").body());
        // the small real differences: a closing bracket gone after paragraph 28, and a page header left in the annex
        assertThat(pbc35to36.get("summary").get("paragraphsMoved").asInt()).isZero();
        assertThat(pbc35to36.get("html").asString()).contains("]</del>").contains("附件二第 11页</ins>");

        assertThat(JSON.readTree(get("/api/v1/decision-lists").body())).hasSize(2);
        HttpResponse<byte[]> bundle = get("/api/v1/bundles/a64-7?format=pdf");
        assertThat(bundle.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bundle.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("A/64/7").contains("WO/PBC/35/7").contains("WO/PBC/36/12")
                    .contains("议程第 11项").contains("驻外办事处");
        }
    }

    @Test
    void version_3_of_the_seed_exports_as_annex_ii_of_pbc36_with_its_date_in_every_format() throws Exception {
        String tor = seededTor();
        HttpResponse<byte[]> pdf = get("/api/v1/documents/" + tor + "/export?format=pdf&version=3");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("WO-PBC-36-12-Annex-II_v3_marked.pdf");
        String text = org.draftroom.exports.ExportedFiles.pdfText(pdf.body());
        assertThat(text).contains("WO/PBC/36/12 附件二").contains("日期：2023年6月23日").doesNotContain("WO/PBC/34/15");
        HttpResponse<byte[]> docx = get("/api/v1/documents/" + tor + "/export?format=docx&version=3");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("WO-PBC-36-12-Annex-II_v3_marked-tracked.docx");
        String word = String.join("", org.draftroom.exports.ExportedFiles.docxXmlParts(docx.body()).values());
        assertThat(word).contains("WO/PBC/36/12").contains("2023年6月23日").doesNotContain("WO/PBC/34/15");
        String akn = new String(get("/api/v1/documents/" + tor + "/export?format=akn&version=3").body(), StandardCharsets.UTF_8);
        AknSchema.validate(akn);
        assertThat(akn).contains("<FRBRthis value=\"/akn/un/doc/committee/2023-06-23/WO-PBC-36-12/annex/!main\"/>")
                .contains("<FRBRversionNumber value=\"3\"/>")
                .contains("<eventRef eId=\"evt_1\" date=\"2021-12-23\" source=\"#issue_1\" type=\"generation\"/>")
                .contains("<docDate date=\"2023-06-23\">");
        HttpResponse<byte[]> v1 = get("/api/v1/documents/" + tor + "/export?format=pdf&version=1");
        assertThat(v1.headers().firstValue("Content-Disposition").orElseThrow()).contains("WO-PBC-34-15_v1_marked.pdf");
    }

    @Test
    void a_comparison_file_opens_with_its_summary() throws Exception {
        String tor = seededTor();
        HttpResponse<byte[]> pdf = get("/api/v1/documents/" + tor + "/export?format=compare&from=2&to=3&as=pdf");
        String text = org.draftroom.exports.ExportedFiles.pdfText(pdf.body()).replaceAll("\\s+", "");
        // under the header block, before the first paragraph
        assertThat(text).contains("比较：v2·WO/PBC/35/7附件·2023-05-26→v3·WO/PBC/36/12附件二·2023-06-23。").contains("修改0段");
        assertThat(text.indexOf("比较：")).isLessThan(text.indexOf("在2021年9月举行"));
    }

    /** The seeded WO/PBC/34/15: other tests create documents under the same symbol, only it has three versions. */
    private String seededTor() throws Exception {
        for (JsonNode d : JSON.readTree(get("/api/v1/documents?size=200&symbol=WO%2FPBC%2F34%2F15").body()).get("items")) {
            if (d.get("symbol").asString().trim().equals("WO/PBC/34/15") && d.get("session").asString().equals("PBC/34")
                    && JSON.readTree(get("/api/v1/documents/" + d.get("id").asString() + "/versions").body()).size() == 3) {
                return d.get("id").asString();
            }
        }
        throw new AssertionError("the documents seed loads WO/PBC/34/15 and the exports seed issues it three times");
    }
}
