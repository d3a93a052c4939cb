package org.draftroom.documents.api;

import org.draftroom.testkit.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;

@DraftroomIT
class ImportExportApiIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Pakistan proposes to delete words, the UAE disagrees; paragraph 2 was agreed. */
    static final String SMALL = """
            TEST/IMPORT/1
            原文：英文

            测试文件

            A. 背景[“和宗旨”——巴基斯坦：删除；阿联酋不同意]

            1. 评价产权组织驻外办事处将根据产权组织成员国的决定进行。

            2. 评价的对象是整个驻外办事处网络。
            """;
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_secretariat_imports_the_seed_terms_of_reference_and_gets_its_counts() throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/documents", "secretariat",
                Map.of("format", "notation", "language", "zh", "symbol", "TEST/IMPORT/TOR"),
                "tor.txt", seed("seed/tor-external-offices.zh.txt"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String id = body.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/documents/" + id);
        assertThat(body.get("symbol").asString()).isEqualTo("TEST/IMPORT/TOR");
        assertThat(body.get("sections").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(body.get("paragraphs").asInt()).isGreaterThan(20);
        assertThat(body.get("proposals").asInt()).isGreaterThan(20);
        assertThat(body.get("positions").asInt()).isGreaterThan(5);
        assertThat(body.get("warnings").isArray()).isTrue();
        assertThat(api.get("/api/v1/documents/" + id, "observer").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_follows_from_a_known_symbol() throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "zh", "symbol", "WO/PBC/36/77"), "small.txt", SMALL.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("session").asString()).isEqualTo("PBC/36");
    }

    @Test
    void unbalanced_brackets_come_back_as_warnings_with_line_and_column() throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/documents", "secretariat", Map.of("language", "zh"),
                "broken.txt", "1. 评价[将由外部\n2. 小组进行。".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode warning = JSON.readTree(response.body()).get("warnings").get(0);
        assertThat(warning.get("line").asInt()).isEqualTo(1);
        assertThat(warning.get("column").asInt()).isEqualTo(6);
        assertThat(warning.get("message").asString()).contains("unbalanced");
    }

    @Test
    void unreadable_input_is_a_400_naming_line_and_column_and_stores_nothing() throws Exception {
        int before = JSON.readTree(api.get("/api/v1/documents", "secretariat").body()).get("total").asInt();
        byte[] good = "1. 评价\n2. 报告".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
        cut[good.length] = (byte) 0xE8;

        HttpResponse<String> response = api.upload("/api/v1/documents", "secretariat", Map.of("language", "zh"),
                "cut.txt", cut);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(6);
        assertThat(problem.get("error").asString()).contains("UTF-8");
        assertThat(JSON.readTree(api.get("/api/v1/documents", "secretariat").body()).get("total").asInt()).isEqualTo(before);
    }

    @Test
    void a_word_file_that_is_not_one_is_a_400() throws Exception {
        HttpResponse<String> response = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "zh", "format", "docx"), "fake.docx", "plain".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).contains("DOCX");
    }

    @Test
    void missing_language_or_unknown_format_is_a_400_that_says_why() throws Exception {
        HttpResponse<String> noLanguage = api.upload("/api/v1/documents", "secretariat", Map.of(), "small.txt",
                SMALL.getBytes(StandardCharsets.UTF_8));
        assertThat(noLanguage.statusCode()).isEqualTo(400);
        assertThat(noLanguage.body()).contains("language");
        HttpResponse<String> badFormat = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "zh", "format", "pdf"), "small.txt", SMALL.getBytes(StandardCharsets.UTF_8));
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badFormat.body()).get("detail").asString()).contains("notation or docx");
    }

    @Test
    void only_the_secretariat_imports() throws Exception {
        for (String user : new String[]{"pakistan", "chair", "observer", "admin"}) {
            HttpResponse<String> response = api.upload("/api/v1/documents", user, Map.of("language", "zh"),
                    "small.txt", SMALL.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(403);
        }
        assertThat(api.upload("/api/v1/documents", null, Map.of("language", "zh"), "small.txt",
                SMALL.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
    }

    @Test
    void an_upload_over_the_limit_is_a_413_that_names_the_limit() throws Exception {
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> declared = api.upload("/api/v1/documents", "secretariat", Map.of("language", "zh"),
                "huge.txt", huge);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(declared.body()).get("detail").asString()).contains("limit");

        // streamed without a Content-Length, the multipart parser is what notices
        HttpResponse<String> streamed = api.uploadStreamed("/api/v1/documents", "secretariat",
                Map.of("language", "zh"), "huge.txt", huge);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(streamed.body()).get("detail").asString()).contains("limit of 20MB");
    }

    @Test
    void every_export_format_has_its_content_type_charset_and_file_name() throws Exception {
        String id = JSON.readTree(api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "zh", "symbol", "TEST/EXPORT/1"), "small.txt",
                SMALL.getBytes(StandardCharsets.UTF_8)).body()).get("id").asString();
        String base = "/api/v1/documents/" + id + "/export?format=";

        HttpResponse<String> marked = api.get(base + "marked", "observer");
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(marked.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(marked.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("TEST-EXPORT-1-marked.txt"));
        assertThat(marked.body()).contains("巴基斯坦", "阿联酋", "评价产权组织驻外办事处");

        HttpResponse<String> agreed = api.get(base + "clean-agreed", "observer");
        assertThat(agreed.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("TEST-EXPORT-1-clean-agreed.txt"));
        assertThat(agreed.body()).contains("评价的对象是整个驻外办事处网络").doesNotContain("巴基斯坦", "[", "]");

        HttpResponse<String> open = api.get(base + "clean-open", "observer");
        assertThat(open.body()).contains("和宗旨").doesNotContain("巴基斯坦", "阿联酋");

        HttpResponse<String> html = api.get(base + "html", "observer");
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(html.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("TEST-EXPORT-1.html"));
        assertThat(html.body()).containsIgnoringCase("<html").contains("评价产权组织驻外办事处");

        HttpResponse<String> json = api.get(base + "json", "observer");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(JSON.readTree(json.body()).toString()).contains("TEST/EXPORT/1");

        HttpResponse<String> unknown = api.get(base + "rtf", "observer");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("clean-agreed");
    }

    @Test
    void a_negotiation_says_whose_groups_speak_and_an_unknown_forum_is_refused() throws Exception {
        byte[] text = "1. Funding [comes from the regular budget – US; G77 delete].\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> un = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "en", "symbol", "TEST/FORUM/UN", "forum", "UN"), "un.txt", text);
        assertThat(un.statusCode()).as(un.body()).isEqualTo(201);
        String unModel = api.get("/api/v1/documents/" + JSON.readTree(un.body()).get("id").asString(), "observer").body();
        assertThat(unModel).contains("\"G77\"");

        HttpResponse<String> wipo = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "en", "symbol", "TEST/FORUM/WIPO", "forum", "wipo"), "wipo.txt", text);
        assertThat(wipo.statusCode()).as(wipo.body()).isEqualTo(201);
        String wipoModel = api.get("/api/v1/documents/" + JSON.readTree(wipo.body()).get("id").asString(), "observer")
                .body();
        assertThat(wipoModel).doesNotContain("\"G77\"").contains("G77 delete");

        HttpResponse<String> wto = api.upload("/api/v1/documents", "secretariat",
                Map.of("language", "en", "symbol", "TEST/FORUM/WTO", "forum", "WTO"), "wto.txt", text);
        assertThat(wto.statusCode()).isEqualTo(400);
        assertThat(wto.body()).contains("unknown forum 'WTO'");
    }

    private static byte[] seed(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
