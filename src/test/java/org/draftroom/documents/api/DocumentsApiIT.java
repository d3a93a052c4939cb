package org.draftroom.documents.api;

import org.draftroom.testkit.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.testkit.SignIn;

@DraftroomIT
class DocumentsApiIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_list_names_each_document_with_symbol_title_language_and_session() throws Exception {
        String id = createAsSecretariat("TEST/API/LIST/1", "PBC/35");

        HttpResponse<String> response = api.get("/api/v1/documents?symbol=TEST%2FAPI%2FLIST%2F1", "observer");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode node : JSON.readTree(response.body()).get("items")) {
            assertThat(node.get("symbol").asString()).as("the symbol filter").isEqualTo("TEST/API/LIST/1");
            if (node.get("id").asString().equals(id)) row = node;
        }
        assertThat(row).as(response.body()).isNotNull();
        assertThat(row.get("symbol").asString()).isEqualTo("TEST/API/LIST/1");
        assertThat(row.get("title").asString()).isEqualTo("职权范围初稿");
        assertThat(row.get("language").asString()).isEqualTo("zh");
        assertThat(row.get("session").asString()).isEqualTo("PBC/35");
    }

    @Test
    void without_or_with_wrong_credentials_it_is_401() throws Exception {
        assertThat(api.get("/api/v1/documents", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/documents", "observer:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void a_document_comes_as_json_with_its_revision_as_etag() throws Exception {
        String id = createAsSecretariat("TEST/API/GET/1", null);

        HttpResponse<String> response = api.get("/api/v1/documents/" + id, "pakistan");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(response.body()).contains("评价产权组织驻外办事处将根据产权组织成员国的决定进行。", "TEST/API/GET/1");
    }

    @Test
    void an_unknown_document_is_a_404_problem() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/documents/nosuchdocument", "secretariat");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).contains("nosuchdocument");
    }

    private String createAsSecretariat(String symbol, String session) {
        return SignIn.as("secretariat", () -> documents.create(TestDocuments.small(symbol), session));
    }
}
