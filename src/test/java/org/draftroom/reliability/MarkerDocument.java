package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.testkit.Api;

/**
 * A one-paragraph document in an app process, for tests that write many small proposals through the API and
 * later ask which of them the document holds. Each proposal's wording is a unique marker.
 */
record MarkerDocument(String id, String paragraphId) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Imports the document as the secretariat. */
    static MarkerDocument create(Api api, String symbol) {
        String text = symbol + "\n\nA. Section\n\n1. The base paragraph that proposals are added after.\n";
        HttpResponse<String> r = api.upload("/api/v1/documents", "secretariat",
                Map.of("format", "notation", "language", "en", "symbol", symbol), "markers.txt",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asString();
        JsonNode doc = JSON.readTree(api.get("/api/v1/documents/" + id, "secretariat").body());
        for (JsonNode section : doc.get("sections")) {
            for (JsonNode block : section.get("blocks")) {
                if (block.has("id")) return new MarkerDocument(id, block.get("id").asString());
            }
        }
        throw new AssertionError("no paragraph in " + doc);
    }

    /** An add-item proposal for Pakistan whose wording is the marker. */
    HttpResponse<String> propose(Api api, String user, String marker) {
        return api.post("/api/v1/documents/" + id + "/proposals", user, "{\"kind\":\"add-item\",\"blockId\":\""
                + paragraphId + "\",\"wording\":\"" + marker + "\",\"delegation\":\"PK\"}");
    }

    /** The markers the stored document does not hold. */
    List<String> missing(Api api, Collection<String> markers) {
        String stored = stored(api);
        return markers.stream().filter(m -> !holds(stored, m)).toList();
    }

    /** The markers the stored document holds. */
    List<String> present(Api api, Collection<String> markers) {
        String stored = stored(api);
        return markers.stream().filter(m -> holds(stored, m)).toList();
    }

    private String stored(Api api) {
        HttpResponse<String> r = api.get("/api/v1/documents/" + id, "secretariat");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The marker followed by its closing quote: write-1 must not be found inside write-10. */
    private static boolean holds(String stored, String marker) {
        return stored.contains(marker + "\"");
    }
}
