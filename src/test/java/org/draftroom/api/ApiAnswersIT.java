package org.draftroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.Api;

/** What the API answers outside its operations: unknown paths, wrong methods; and what it says about itself. */
@DraftroomIT
class ApiAnswersIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    @Test
    void an_unknown_api_path_is_a_404_problem_without_a_session() {
        HttpResponse<String> r = new Api(port).get("/api/v1/no-such-thing", "observer");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(JSON.readTree(r.body()).get("type").asString()).isEqualTo("https://draftroom.org/problems/not-found");
    }

    @Test
    void an_unknown_api_path_without_credentials_is_a_401_problem() {
        HttpResponse<String> r = new Api(port).get("/api/v2/anything", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=\"Draftroom\"");
    }

    @Test
    void a_known_path_with_the_wrong_method_is_a_405_problem_naming_the_allowed_ones() {
        Api api = new Api(port);
        HttpResponse<String> r = api.send(api.request("/api/v1/documents", "observer").DELETE());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
        assertThat(r.body()).contains("https://draftroom.org/problems/method-not-allowed");
    }

    @Test
    void a_missing_parameter_is_a_400_problem_not_an_empty_403() {
        Api api = new Api(port);
        String doc = JSON.readTree(api.get("/api/v1/documents?size=1", "observer").body()).at("/items/0/id").asString();
        HttpResponse<String> r = api.get("/api/v1/documents/" + doc + "/export?format=compare", "observer");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'from'", "https://draftroom.org/problems/bad-request");
    }

    @Test
    void the_description_names_the_api_its_version_and_basic_sign_in_and_describes_every_operation() {
        JsonNode d = JSON.readTree(new Api(port).get("/v3/api-docs", null).body());
        assertThat(d.at("/info/title").asString()).isEqualTo("Draftroom API");
        assertThat(d.at("/info/version").asString()).isEqualTo("1.0.0");
        assertThat(d.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(d.at("/security/0").has("basic")).isTrue();
        d.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            assertThat(op.getValue().path("description").asString()).as(op.getKey() + " " + p.getKey()).isNotBlank();
            op.getValue().get("responses").properties().forEach(r -> {
                if (r.getKey().compareTo("400") >= 0) {
                    assertThat(r.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                            .as(op.getKey() + " " + p.getKey() + " " + r.getKey())
                            .isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
        }));
        assertThat(d.at("/paths/~1api~1v1~1documents~1{id}~1versions/post/responses").has("201")).isTrue();
    }
}
