package org.draftroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.testkit.Api;

/**
 * Every operation of the HTTP API (as the OpenAPI description lists it) for every role and for anonymous
 * callers: allowed calls succeed, forbidden ones are 403 and change nothing, anonymous ones are 401. The room's
 * operations have their own matrix with their fixtures ({@code RoomApiIT}); every other operation is here, and an
 * operation that appears in the API without being classified fails the test.
 */
@DraftroomIT
class ApiAccessMatrixIT {
    static final List<String> USERS = List.of("secretariat", "chair", "pakistan", "observer", "admin");
    static final Set<String> EVERYONE = Set.copyOf(USERS);
    /** Checked by org.draftroom.room.api.RoomApiIT, operation by operation. */
    static final Set<String> ROOM = Set.of("GET /api/v1/documents/{id}/blocks/{blockId}/wording",
            "POST /api/v1/documents/{id}/proposals", "POST /api/v1/documents/{id}/proposals/{pid}/withdraw",
            "POST /api/v1/documents/{id}/positions", "POST /api/v1/documents/{id}/proposals/{pid}/positions/withdraw",
            "POST /api/v1/documents/{id}/agree", "POST /api/v1/documents/{id}/agree/undo",
            "POST /api/v1/documents/{id}/chair-texts/draft", "POST /api/v1/documents/{id}/chair-texts",
            "POST /api/v1/documents/{id}/chair-texts/{cid}/accept", "POST /api/v1/documents/{id}/chair-suggestions",
            "POST /api/v1/documents/{id}/base-text", "POST /api/v1/documents/{id}/renumber",
            "POST /api/v1/documents/{id}/screen/select", "GET /api/v1/documents/{id}/lineage",
            "POST /api/v1/documents/{id}/proposals/{pid}/co-sponsorship/accept",
            "POST /api/v1/documents/{id}/proposals/{pid}/co-sponsorship/decline",
            "GET /api/v1/documents/{id}/group-speaking", "PUT /api/v1/documents/{id}/group-speaking");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger UNIQUE = new AtomicInteger(100);

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    private Api api;

    private Api api() {
        if (api == null) api = new Api(port);
        return api;
    }

    /** An operation: who may call it, how to call it, and what must be unchanged after a refused call. */
    record Operation(Set<String> allowed, BiFunction<String, String, HttpResponse<String>> call, Supplier<Object> state) {
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> ops = new LinkedHashMap<>();
        Supplier<Object> nothing = () -> "";
        Supplier<Object> documentList = () -> SignIn.as("secretariat", () -> documents.list().size());
        ops.put("GET /api/v1/documents", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/documents"), nothing));
        ops.put("GET /api/v1/documents/{id}", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/documents/" + d), nothing));
        ops.put("POST /api/v1/documents", new Operation(Set.of("secretariat"), (u, d) -> importText(u), documentList));
        ops.put("GET /api/v1/documents/{id}/export", new Operation(EVERYONE,
                (u, d) -> get(u, "/api/v1/documents/" + d + "/export?format=json"), nothing));
        for (String format : List.of("docx", "akn", "compare&from=rev:1")) {
            ops.put("GET /api/v1/documents/{id}/export format=" + format.replaceFirst("&.*", ""), new Operation(EVERYONE,
                    (u, d) -> get(u, "/api/v1/documents/" + d + "/export?format=" + format), nothing));
        }
        ops.put("GET /api/v1/documents/{id}/export format=pdf", new Operation(EVERYONE,
                (u, d) -> get(u, "/api/v1/documents/" + d + "/export?format=pdf&variant=clean-agreed"), nothing));
        ops.put("GET /api/v1/documents/{id}/versions", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/documents/" + d + "/versions"), nothing));
        ops.put("POST /api/v1/documents/{id}/versions", new Operation(Set.of("secretariat"),
                (u, d) -> post(u, "/api/v1/documents/" + d + "/versions", "application/json",
                        "{\"session\":\"PBC/35\",\"symbol\":\"TEST/MATRIX/V/" + UNIQUE.incrementAndGet() + "\",\"annexLabel\":\"附件\"}"), null));
        ops.put("GET /api/v1/documents/{id}/versions/{number}", new Operation(EVERYONE,
                (u, d) -> get(u, "/api/v1/documents/" + d + "/versions/1"), nothing));
        ops.put("GET /api/v1/decision-lists", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/decision-lists"), nothing));
        ops.put("POST /api/v1/decision-lists", new Operation(Set.of("secretariat"), (u, d) -> post(u, "/api/v1/decision-lists",
                "text/plain;charset=UTF-8", decisionList()), () -> get("secretariat", "/api/v1/decision-lists").body()));
        String cover = JSON.writeValueAsString(SeedTexts.text("versions/a64-7-cover.zh.txt"));
        ops.put("POST /api/v1/bundles", new Operation(EVERYONE, (u, d) -> post(u, "/api/v1/bundles?format=akn", "application/json",
                "{\"cover\":" + cover + ",\"lists\":[]}"), nothing));
        ops.put("GET /api/v1/bundles/{name}", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/bundles/a64-7?format=akn"), nothing));
        ops.put("GET /api/v1/revised/budget-2024-25", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/revised/budget-2024-25?format=html"), nothing));
        ops.put("GET /api/v1/audit/verify", new Operation(Set.of("admin", "secretariat"), (u, d) -> get(u, "/api/v1/audit/verify"), nothing));
        ops.put("GET /api/v1/search", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/search?q=" + enc("评价")), nothing));
        ops.put("GET /api/v1/search/status", new Operation(EVERYONE, (u, d) -> get(u, "/api/v1/search/status"), nothing));
        return ops;
    }

    @Test
    void every_api_operation_is_classified_and_only_the_allowed_roles_get_through() throws Exception {
        String doc = SignIn.as("secretariat", () -> documents.create(TestDocuments.tor("TEST/MATRIX/API/" + System.nanoTime()), null));
        waitForSearch();
        Map<String, Operation> ops = operations();

        Set<String> unclassified = new TreeSet<>(publishedOperations());
        unclassified.removeAll(ROOM);
        ops.keySet().forEach(k -> unclassified.remove(k.replaceFirst(" format=\\w+$", "")));
        assertThat(unclassified).as("operations in the API that no access matrix checks").isEmpty();

        List<String> bypasses = new ArrayList<>();
        int cells = 0;
        int refused = 0;
        for (var op : ops.entrySet()) {
            Supplier<Object> state = op.getValue().state() != null ? op.getValue().state() : () -> get("secretariat", "/api/v1/documents/" + doc + "/versions").body();
            for (String user : USERS) {
                cells++;
                boolean allowed = op.getValue().allowed().contains(user);
                Object before = allowed ? null : state.get();
                HttpResponse<String> r = op.getValue().call().apply(user, doc);
                if (allowed && r.statusCode() / 100 != 2) bypasses.add(op.getKey() + " as " + user + " refused: " + r.statusCode() + " " + r.body());
                if (!allowed) {
                    refused++;
                    if (r.statusCode() != 403 || !state.get().equals(before)) bypasses.add(op.getKey() + " as " + user + " -> " + r.statusCode());
                }
            }
            cells++;
            refused++;
            HttpResponse<String> anonymous = op.getValue().call().apply(null, doc);
            if (anonymous.statusCode() != 401) bypasses.add(op.getKey() + " anonymously -> " + anonymous.statusCode());
        }
        System.out.printf("AUTHZ api operations=%d cells=%d refused=%d wrong=%d (room operations: RoomApiIT)%n",
                ops.size(), cells, refused, bypasses.size());
        assertThat(bypasses).isEmpty();
    }

    private Set<String> publishedOperations() {
        JsonNode paths = JSON.readTree(get("secretariat", "/v3/api-docs").body()).get("paths");
        Set<String> out = new TreeSet<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) out.add(method.getKey().toUpperCase() + " " + path.getKey());
        }
        return out;
    }

    private void waitForSearch() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (get("observer", "/api/v1/search?q=" + enc("评价")).statusCode() == 503 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    private String decisionList() {
        String text = SeedTexts.text("decisions-pbc36.zh.txt");
        return text.replace("WO/PBC/36/12", "WO/PBC/36/" + UNIQUE.incrementAndGet());
    }

    private HttpResponse<String> importText(String user) {
        String boundary = "matrix" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nA. 背景\n1. 评价产权组织驻外办事处[“和宗旨”——巴基斯坦]。\n\r\n--" + boundary + "--\r\n";
        return post(user, "/api/v1/documents?language=zh&symbol=" + enc("TEST/MATRIX/IMPORT/" + UNIQUE.incrementAndGet()),
                "multipart/form-data; boundary=" + boundary, body);
    }

    private HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET());
    }

    private HttpResponse<String> post(String user, String path, String contentType, String body) {
        return send(request(user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String user, String path) {
        return api().request(path, user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return api().send(request);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
