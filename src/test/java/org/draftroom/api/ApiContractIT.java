package org.draftroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.DraftroomIT;
import org.draftroom.api.ContractCalls.Call;
import org.draftroom.api.ContractCalls.Fixture;
import org.draftroom.documents.DocumentService;
import org.draftroom.room.RoomService;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.TestFaults;

/**
 * Walks the live OpenAPI description and, for every operation, provokes every response it documents, checking
 * that the status and the content type are the documented ones (errors: a problem of our type scheme). The
 * success call of each operation is in {@link ContractCalls}; the errors are derived from it: no credentials
 * (401), the observer (403), unknown path variables (404), a malformed parameter or body (400), an Accept nothing
 * meets (406), a stale If-Match (412), a body over the limit (413) or of a foreign type (415), a malformed
 * Idempotency-Key (400), the same key while a request with it is held in the server (409; 422 when that request
 * is another one). 500 and 503 are
 * provoked by {@link TestFaults}, which throws inside the request, as a failing service would (an unexpected
 * exception; a connection that cannot be had). An operation without a success call, or a documented response
 * the test cannot provoke, is a mismatch too.
 */
@DraftroomIT
@ExtendWith(OutputCaptureExtension.class)
class ApiContractIT {
    static final String FAULT = TestFaults.HEADER;
    static final String KEY = "Idempotency-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTHING = "application/x-draftroom-nothing";
    /** Over the JSON limit and the upload limit alike. */
    private static final int OVERSIZED = 21 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    record Documented(String method, String path, JsonNode operation) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void every_documented_response_of_every_operation_is_what_the_operation_answers(CapturedOutput log) {
        Api api = new Api(port);
        ContractCalls calls = new ContractCalls(documents, room, api);
        JsonNode description = JSON.readTree(api.get("/v3/api-docs", null).body());
        Map<String, Function<Fixture, Call>> valid = calls.valid();
        Map<String, Function<Fixture, Call>> special = calls.special();
        List<String> mismatches = new ArrayList<>();
        int operations = 0;
        int responses = 0;
        for (Documented op : operations(description)) {
            operations++;
            Function<Fixture, Call> success = valid.get(op.key());
            if (success == null) {
                mismatches.add(op.key() + ": no call in ContractCalls");
                continue;
            }
            // errors first on one fixture (they change nothing), the success and each special case on their own
            List<String> codes = new ArrayList<>();
            op.operation().get("responses").properties().forEach(r -> codes.add(r.getKey()));
            codes.sort((a, b) -> Boolean.compare(a.startsWith("2"), b.startsWith("2")));
            Fixture shared = calls.fixture();
            for (String code : codes) {
                responses++;
                Fixture f = code.startsWith("2") || special.containsKey(op.key() + " " + code) ? calls.fixture() : shared;
                String problem = provoke(api, op, code, success, special.get(op.key() + " " + code), f, log);
                if (problem != null) mismatches.add(op.key() + " " + code + ": " + problem);
            }
        }
        System.out.printf("CONTRACT operations=%d responses=%d mismatches=%d%n", operations, responses, mismatches.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void every_export_format_answers_a_documented_content_type() {
        Api api = new Api(port);
        ContractCalls calls = new ContractCalls(documents, room, api);
        JsonNode op = JSON.readTree(api.get("/v3/api-docs", null).body()).at("/paths/~1api~1v1~1documents~1{id}~1export/get");
        Set<String> types = new java.util.TreeSet<>();
        op.at("/responses/200/content").properties().forEach(e -> types.add(e.getKey()));
        List<String> formats = new ArrayList<>();
        for (JsonNode p : op.get("parameters")) {
            if (p.get("name").asString().equals("format")) p.at("/schema/enum").forEach(v -> formats.add(v.asString()));
        }
        Fixture f = calls.fixture();
        List<String> wrong = new ArrayList<>();
        for (String format : formats) {
            HttpResponse<String> r = api.get("/api/v1/documents/" + f.doc() + "/export?format=" + format + "&from=rev:1",
                    "observer");
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != 200 || types.stream().noneMatch(t -> compatible(type, t))) {
                wrong.add(format + " -> " + r.statusCode() + " " + type);
            }
        }
        System.out.printf("CONTRACT export formats=%d content-types=%d%n", formats.size(), types.size());
        assertThat(formats).hasSize(9);
        assertThat(wrong).isEmpty();
    }

    private List<Documented> operations(JsonNode description) {
        List<Documented> out = new ArrayList<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(m ->
                out.add(new Documented(m.getKey().toUpperCase(), path.getKey(), m.getValue()))));
        return out;
    }

    private String provoke(Api api, Documented op, String code, Function<Fixture, Call> success,
                           Function<Fixture, Call> special, Fixture f, CapturedOutput log) {
        Call call = special != null ? special.apply(f) : success.apply(f);
        Map<String, String> headers = new LinkedHashMap<>();
        if (special == null && (code.equals("409") || code.equals("422")) && takesKey(op)) {
            return sameKeyMeanwhile(api, op, code, call, log);
        }
        switch (code) {
            case "401" -> call = call.as(null);
            case "403" -> call = call.as("observer");
            case "404" -> call = call.withPath(unknown(op, call.path()));
            case "400" -> {
                List<String> answers = new ArrayList<>();
                for (Call wrong : malformed(op, call)) {
                    HttpResponse<String> r = send(api, op, wrong, headers);
                    if (r.statusCode() == 400) return problemMismatch(r, log);
                    answers.add(r.statusCode() + " " + abbreviate(r.body()));
                }
                if (takesKey(op)) {
                    HttpResponse<String> r = send(api, op, call, Map.of(KEY, "not a key"));
                    if (r.statusCode() == 400) return problemMismatch(r, log);
                    answers.add(r.statusCode() + " " + abbreviate(r.body()));
                }
                return "no malformed call answered 400: " + answers;
            }
            case "406" -> headers.put("Accept", NOTHING);
            case "412" -> headers.put("If-Match", "\"0\"");
            case "413" -> call = call.withBody(call.contentType() == null ? "application/json" : call.contentType(),
                    new byte[OVERSIZED]);
            case "415" -> call = call.withBody(NOTHING, "x".getBytes(StandardCharsets.UTF_8));
            case "500", "503" -> headers.put(FAULT, code);
            default -> {
                if (!code.startsWith("2") && special == null) return "no way to provoke it";
            }
        }
        HttpResponse<String> r = send(api, op, call, headers);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() != Integer.parseInt(code)) {
            return "answered " + r.statusCode() + " " + type + " " + abbreviate(r.body());
        }
        if (code.startsWith("2")) return successMismatch(op, code, type, r);
        return problemMismatch(r, log);
    }

    private static boolean takesKey(Documented op) {
        for (JsonNode p : op.operation().path("parameters")) {
            if (p.path("in").asString().equals("header") && p.path("name").asString().equals(KEY)) return true;
        }
        return false;
    }

    /**
     * 409 and 422 of an Idempotency-Key: while the call (422: another one, with an extra query parameter) is held
     * inside the server with a key, the call with the same key. The held one then fails, so nothing changes.
     */
    private static String sameKeyMeanwhile(Api api, Documented op, String code, Call call, CapturedOutput log) {
        String key = UUID.randomUUID().toString();
        TestFaults.Hold hold = TestFaults.hold(true);
        Map<String, String> probe = new LinkedHashMap<>(call.query());
        probe.put("idempotency-probe", "1");
        Call first = code.equals("422") ? call.withQuery(probe) : call;
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() ->
                send(api, op, first, Map.of(KEY, key, FAULT, hold.header())));
        try {
            hold.awaitEntered(Duration.ofSeconds(30));
            HttpResponse<String> r = send(api, op, call, Map.of(KEY, key));
            if (r.statusCode() != Integer.parseInt(code)) {
                return "answered " + r.statusCode() + " " + abbreviate(r.body());
            }
            return problemMismatch(r, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            hold.release();
            held.join();
        }
    }

    /** An error answer must be a problem of ours: type under our base, its status, the challenge, the logged id. */
    private static String problemMismatch(HttpResponse<String> r, CapturedOutput log) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        String code = Integer.toString(r.statusCode());
        if (!compatible(type, "application/problem+json")) return "error answered as " + type;
        JsonNode body = JSON.readTree(r.body());
        if (!body.path("type").asString().startsWith(ProblemType.BASE) || body.path("status").asInt() != r.statusCode()) {
            return "not a problem of ours: " + abbreviate(r.body());
        }
        if (code.equals("401") && !r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=")) {
            return "401 without the Basic challenge";
        }
        if (code.equals("500") && !log.getOut().contains(body.path("id").asString("no id"))) {
            return "500 whose id is not in the log: " + abbreviate(r.body());
        }
        return null;
    }

    private static String successMismatch(Documented op, String code, String type, HttpResponse<String> r) {
        JsonNode content = op.operation().at("/responses/" + code + "/content");
        if (content.isMissingNode() || content.isEmpty()) {
            return r.body().isEmpty() ? null : "documented without a body, answered " + type;
        }
        List<String> documented = new ArrayList<>();
        content.properties().forEach(e -> documented.add(e.getKey()));
        return documented.stream().anyMatch(d -> compatible(type, d)) ? null
                : "answered " + type + ", documented " + documented;
    }

    /**
     * The call with one thing wrong: a required parameter left out, a number or a choice garbled, or the body.
     * Each candidate in turn: some parameters matter only for some values of another (tracked for docx and pdf).
     */
    private static List<Call> malformed(Documented op, Call call) {
        List<Call> out = new ArrayList<>();
        for (JsonNode p : op.operation().path("parameters")) {
            if (!p.path("in").asString().equals("query")) continue;
            String name = p.get("name").asString();
            JsonNode schema = p.path("schema");
            String type = schema.path("type").asString("");
            Map<String, String> query = new LinkedHashMap<>(call.query());
            if (p.path("required").asBoolean(false)) query.remove(name);
            else if (Set.of("integer", "number", "boolean").contains(type)) query.put(name, "x");
            else if (schema.has("enum")) query.put(name, "bogus");
            else continue;
            out.add(call.withQuery(query));
        }
        if (op.operation().has("requestBody")) {
            String type = call.contentType() != null ? call.contentType() : "application/json";
            byte[] body = type.startsWith("multipart/") ? "--contract--\r\n".getBytes(StandardCharsets.UTF_8)
                    : type.startsWith("text/") ? "not a list of decisions".getBytes(StandardCharsets.UTF_8)
                    : "{".getBytes(StandardCharsets.UTF_8);
            out.add(call.withBody(type, body));
        }
        return out;
    }

    private static Map<String, String> unknown(Documented op, Map<String, String> path) {
        Map<String, String> out = new LinkedHashMap<>(path);
        for (JsonNode p : op.operation().path("parameters")) {
            if (!p.path("in").asString().equals("path")) continue;
            String name = p.get("name").asString();
            out.put(name, p.at("/schema/type").asString("").equals("integer") ? "99999" : "no-such-" + name);
        }
        return out;
    }

    private static HttpResponse<String> send(Api api, Documented op, Call call, Map<String, String> headers) {
        String path = op.path();
        for (var v : call.path().entrySet()) path = path.replace("{" + v.getKey() + "}", v.getValue());
        if (!call.query().isEmpty()) {
            path += "?" + call.query().entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
        HttpRequest.Builder b = api.request(path, call.user());
        headers.forEach(b::header);
        if (call.body() == null) b.method(op.method(), HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", call.contentType()).method(op.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return api.send(b);
    }

    private static boolean compatible(String actual, String documented) {
        if (actual.isEmpty()) return false;
        MediaType a = MediaType.parseMediaType(actual);
        MediaType d = MediaType.parseMediaType(documented);
        return a.getType().equals(d.getType()) && a.getSubtype().equals(d.getSubtype()) || d.includes(a);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
