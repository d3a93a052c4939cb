package org.draftroom.api;

import static org.draftroom.testkit.Api.quote;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Position;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.testkit.TestDocuments;

/**
 * For {@link ApiContractIT}: one call per operation that must succeed (on a fresh document with a proposal of
 * Pakistan's that asks the US to co-sponsor, a chair's text on p5, p6 agreed and one frozen version), and the calls that provoke the answers no
 * generic rule can (409). The contract test derives every other provocation from these.
 */
final class ContractCalls {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DocumentService documents;
    private final RoomService room;
    private final Api api;

    ContractCalls(DocumentService documents, RoomService room, Api api) {
        this.documents = documents;
        this.room = room;
        this.api = api;
    }

    /** A call: who, the path's variables, the query, and the body with its type (null for none). */
    record Call(String user, Map<String, String> path, Map<String, String> query, String contentType, byte[] body) {
        Call withQuery(Map<String, String> q) {
            return new Call(user, path, q, contentType, body);
        }

        Call withPath(Map<String, String> p) {
            return new Call(user, p, query, contentType, body);
        }

        Call withBody(String type, byte[] b) {
            return new Call(user, path, query, type, b);
        }

        Call as(String other) {
            return new Call(other, path, query, contentType, body);
        }
    }

    record Fixture(String doc, String pk, String chairText) {
    }

    Fixture fixture() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/CONTRACT/" + System.nanoTime()), null));
        String pk = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("the network", "the whole network"),
                null, new Acting(null, null, List.of("US")))).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(pk)))
                .ids().getFirst();
        as("secretariat", () -> room.agree(doc, "p6"));
        as("usa", () -> room.statePosition(doc, pk, Position.Stance.SUPPORT, null, Acting.self()));
        api.post("/api/v1/documents/" + doc + "/versions", "secretariat", "{\"session\":\"PBC/35\",\"symbol\":"
                + quote("TEST/CONTRACT/V/" + UNIQUE.incrementAndGet()) + "}");
        return new Fixture(doc, pk, chair);
    }

    /** The successful call of each operation, by "METHOD path" as the OpenAPI description names it. */
    Map<String, Function<Fixture, Call>> valid() {
        Map<String, Function<Fixture, Call>> c = new LinkedHashMap<>();
        String docs = "/api/v1/documents";
        String one = docs + "/{id}";
        c.put("GET " + docs, f -> get("observer", Map.of(), Map.of("page", "0", "size", "20")));
        c.put("POST " + docs, f -> new Call("secretariat", Map.of(), Map.of("format", "notation", "language", "en"),
                "multipart/form-data; boundary=contract", multipart("TEST/CONTRACT/IMPORT/" + UNIQUE.incrementAndGet()
                        + "\n\nA. Section\n\n1. The base paragraph.\n")));
        c.put("GET " + one, f -> get("observer", doc(f), Map.of()));
        c.put("GET " + one + "/export", f -> get("observer", doc(f), Map.of("format", "json")));
        c.put("GET " + one + "/versions", f -> get("observer", doc(f), Map.of()));
        c.put("GET " + one + "/versions/{number}", f -> get("observer", with(doc(f), "number", "1"), Map.of()));
        c.put("POST " + one + "/versions", f -> json("secretariat", doc(f), "{\"session\":\"PBC/35\",\"symbol\":"
                + quote("TEST/CONTRACT/V/" + UNIQUE.incrementAndGet()) + ",\"annexLabel\":\"附件\"}"));
        c.put("GET " + one + "/blocks/{blockId}/wording", f -> get("observer", with(doc(f), "blockId", "p4"), Map.of()));
        c.put("GET " + one + "/lineage", f -> get("observer", doc(f), Map.of()));
        c.put("POST " + one + "/proposals", f -> json("pakistan", doc(f),
                "{\"kind\":\"request-brackets\",\"blockId\":\"p5\",\"span\":\"size\"}"));
        c.put("POST " + one + "/proposals/{pid}/withdraw", f -> json("pakistan", with(doc(f), "pid", f.pk()), "{}"));
        c.put("POST " + one + "/proposals/{pid}/co-sponsorship/accept", f -> json("usa", with(doc(f), "pid", f.pk()), "{}"));
        c.put("POST " + one + "/proposals/{pid}/co-sponsorship/decline", f -> json("usa", with(doc(f), "pid", f.pk()), "{}"));
        c.put("GET " + one + "/group-speaking", f -> get("observer", doc(f), Map.of()));
        c.put("PUT " + one + "/group-speaking", f -> json("secretariat", doc(f),
                "{\"rule\":\"coordinator\",\"coordinators\":{\"AFRICAN_GROUP\":[\"NG\"]}}"));
        c.put("POST " + one + "/positions", f -> json("usa", doc(f),
                "{\"proposalId\":" + quote(f.pk()) + ",\"stance\":\"oppose\"}"));
        c.put("POST " + one + "/proposals/{pid}/positions/withdraw", f -> json("usa", with(doc(f), "pid", f.pk()), "{}"));
        c.put("POST " + one + "/agree", f -> json("secretariat", doc(f), "{\"targetId\":\"p4\"}"));
        c.put("POST " + one + "/agree/undo", f -> json("secretariat", doc(f), "{\"targetId\":\"p6\"}"));
        c.put("POST " + one + "/chair-texts/draft", f -> json("chair", doc(f), "{\"paragraphIds\":[\"p4\"],\"chosen\":[]}"));
        c.put("POST " + one + "/chair-texts", f -> json("chair", doc(f),
                "{\"targetIds\":[\"p4\"],\"wordings\":[\"Alt.\"],\"drawsOn\":[]}"));
        c.put("POST " + one + "/chair-texts/{cid}/accept", f -> new Call("chair", with(doc(f), "cid", f.chairText()),
                Map.of(), null, null));
        c.put("POST " + one + "/chair-suggestions", f -> json("chair", doc(f),
                "{\"blockId\":\"p4\",\"text\":\"to B\",\"destination\":\"B\"}"));
        c.put("POST " + one + "/base-text", f -> json("secretariat", doc(f),
                "{\"blockId\":\"p4\",\"wording\":\"The Committee asked.\"}"));
        c.put("POST " + one + "/renumber", f -> new Call("secretariat", doc(f), Map.of(), null, null));
        c.put("POST " + one + "/screen/select", f -> json("chair", doc(f), "{\"blockId\":\"p5\"}"));
        c.put("GET /api/v1/decision-lists", f -> get("observer", Map.of(), Map.of()));
        c.put("POST /api/v1/decision-lists", f -> new Call("secretariat", Map.of(), Map.of(),
                "text/plain;charset=UTF-8", SeedTexts.text("decisions-pbc36.zh.txt")
                .replace("WO/PBC/36/12", "WO/PBC/36/C" + UNIQUE.incrementAndGet()).getBytes(StandardCharsets.UTF_8)));
        c.put("POST /api/v1/bundles", f -> new Call("observer", Map.of(), Map.of("format", "akn"), "application/json",
                ("{\"cover\":" + JSON.writeValueAsString(SeedTexts.text("versions/a64-7-cover.zh.txt")) + ",\"lists\":[]}")
                        .getBytes(StandardCharsets.UTF_8)));
        c.put("GET /api/v1/bundles/{name}", f -> get("observer", Map.of("name", "a64-7"), Map.of("format", "akn")));
        c.put("GET /api/v1/revised/budget-2024-25", f -> get("observer", Map.of(), Map.of("format", "html")));
        c.put("GET /api/v1/audit/verify", f -> get("admin", Map.of(), Map.of()));
        c.put("GET /api/v1/search", f -> get("observer", Map.of(), Map.of("q", "评价", "page", "0", "size", "5")));
        c.put("GET /api/v1/search/status", f -> get("observer", Map.of(), Map.of()));
        return c;
    }

    /** Answers only the operation's meaning can provoke: "METHOD path status" to the call, after its setup. */
    Map<String, Function<Fixture, Call>> special() {
        Map<String, Function<Fixture, Call>> c = new LinkedHashMap<>();
        String one = "/api/v1/documents/{id}";
        // the same words changed since the wording was read: the wording proposal and the base text edit refuse
        c.put("POST " + one + "/proposals 409", f -> staleWording(f, "usa", "{\"kind\":\"wording\",\"blockId\":\"p4\","));
        c.put("POST " + one + "/base-text 409", f -> staleWording(f, "secretariat", "{\"blockId\":\"p4\","));
        // the agreed paragraph was edited after the agreement: undoing it would lose that edit
        c.put("POST " + one + "/agree/undo 409", f -> {
            String text = Api.field(api.get("/api/v1/documents/" + f.doc() + "/blocks/p6/wording", "secretariat").body(), "text");
            api.post("/api/v1/documents/" + f.doc() + "/base-text", "secretariat",
                    "{\"blockId\":\"p6\",\"wording\":" + quote(text + " Edited.") + "}");
            return json("secretariat", doc(f), "{\"targetId\":\"p6\"}");
        });
        return c;
    }

    private Call staleWording(Fixture f, String user, String start) {
        var read = api.get("/api/v1/documents/" + f.doc() + "/blocks/p4/wording", "secretariat").body();
        String text = Api.field(read, "text");
        long base = Api.number(read, "revision");
        api.post("/api/v1/documents/" + f.doc() + "/base-text", "secretariat", "{\"blockId\":\"p4\",\"wording\":"
                + quote(text.replace("requested", "asked for")) + ",\"baseRevision\":" + base + "}");
        return json(user, doc(f), start + "\"wording\":" + quote(text.replace("requested", "demanded"))
                + ",\"baseRevision\":" + base + "}");
    }

    private static Map<String, String> doc(Fixture f) {
        return Map.of("id", f.doc());
    }

    private static Map<String, String> with(Map<String, String> path, String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(path);
        m.put(name, value);
        return m;
    }

    private static Call get(String user, Map<String, String> path, Map<String, String> query) {
        return new Call(user, path, query, null, null);
    }

    private static Call json(String user, Map<String, String> path, String body) {
        return new Call(user, path, Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String text) {
        return ("--contract\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--contract--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
