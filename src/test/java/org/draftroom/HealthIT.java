package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.testkit.Api;

/** Health for load balancers and orchestrators: open, the status only, and the one actuator endpoint there is. */
@DraftroomIT
class HealthIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    PathMappedEndpoints endpoints;

    @Test
    void health_liveness_and_readiness_answer_without_sign_in_with_the_status_only() throws Exception {
        Api api = new Api(port);
        // readiness waits for the search index of the shared context
        long deadline = System.currentTimeMillis() + 60_000;
        while (api.get("/actuator/health/readiness", null).statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = api.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("status").asString()).as(path).isEqualTo("UP");
            assertThat(body.has("components") || body.has("details")).as("%s shows only the status: %s", path, r.body())
                    .isFalse();
        }
    }

    @Test
    void health_is_the_only_actuator_endpoint_and_its_parts_are_not_shown() {
        assertThat(endpoints.getAllRootPaths()).containsExactly("health");
        Api api = new Api(port);
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/info", "/actuator/metrics", "/actuator/loggers", "/actuator/health/databaseWritable",
                "/actuator/health/searchIndex", "/actuator/health/diskSpace"}) {
            for (String user : new String[] {null, "admin"}) {
                HttpResponse<String> r = api.get(path, user);
                assertThat(r.statusCode()).as("%s as %s: %s", path, user, r.body()).isNotEqualTo(200);
            }
        }
    }
}
