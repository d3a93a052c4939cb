package org.draftroom.room.api;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.testkit.Api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.Api.field;
import static org.draftroom.testkit.Api.quote;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;

/** The API applies the room's rules exactly like the service: 403 problem details for every forbidden call. */
@DraftroomIT
class RoomApiIT {
    static final List<String> USERS = List.of("secretariat", "chair", "observer", "admin", "pakistan", "usa");

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    record Fixture(String doc, String pk, String chairText) {
        String path(String rest) {
            return "/api/v1/documents/" + doc + rest;
        }
    }

    private Fixture fixture() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/API/" + System.nanoTime()), null));
        String pk = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("the network", "the whole network"), null, Acting.self())).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(pk))).ids().getFirst();
        as("secretariat", () -> room.agree(doc, "p6"));
        return new Fixture(doc, pk, chair);
    }

    private static String forWhom(String user) {
        return user.equals("secretariat") ? ",\"delegation\":\"PK\"" : "";
    }

    private Map<String, Map.Entry<Set<String>, BiFunction<String, Fixture, HttpResponse<String>>>> calls() {
        Map<String, Map.Entry<Set<String>, BiFunction<String, Fixture, HttpResponse<String>>>> c = new LinkedHashMap<>();
        Set<String> writers = Set.of("secretariat", "pakistan", "usa");
        c.put("propose span", Map.entry(writers, (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"request-brackets\",\"blockId\":\"p5\",\"span\":\"size\"" + forWhom(u) + "}")));
        c.put("propose new item", Map.entry(writers, (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"add-item\",\"blockId\":\"p4\",\"wording\":\"Added.\"" + forWhom(u) + "}")));
        c.put("propose for Russia", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"delete\",\"blockId\":\"p4\",\"delegation\":\"RU\"}")));
        c.put("withdraw Pakistan's", Map.entry(Set.of("secretariat", "pakistan"), (u, f) -> api.post(f.path("/proposals/" + f.pk() + "/withdraw"), u,
                "{" + forWhom(u).replaceFirst("^,", "") + "}")));
        c.put("position", Map.entry(writers, (u, f) -> api.post(f.path("/positions"), u,
                "{\"proposalId\":" + quote(f.pk()) + ",\"stance\":\"oppose\"" + forWhom(u) + "}")));
        c.put("chair text", Map.entry(Set.of("chair"), (u, f) -> api.post(f.path("/chair-texts"), u,
                "{\"targetIds\":[\"p4\"],\"wordings\":[\"Alt.\"],\"drawsOn\":[]}")));
        c.put("chair suggestion", Map.entry(Set.of("chair"), (u, f) -> api.post(f.path("/chair-suggestions"), u,
                "{\"blockId\":\"p4\",\"text\":\"to B\",\"destination\":\"B\"}")));
        c.put("accept chair text", Map.entry(Set.of("chair", "secretariat"), (u, f) -> api.post(f.path("/chair-texts/" + f.chairText() + "/accept"), u, "{}")));
        c.put("agree", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/agree"), u, "{\"targetId\":\"p4\"}")));
        c.put("undo agree", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/agree/undo"), u, "{\"targetId\":\"p6\"}")));
        c.put("base text", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/base-text"), u,
                "{\"blockId\":\"p4\",\"wording\":\"The Committee asked.\"}")));
        c.put("renumber", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/renumber"), u, "{}")));
        c.put("screen select", Map.entry(Set.of("chair", "secretariat"), (u, f) -> api.post(f.path("/screen/select"), u, "{\"blockId\":\"p5\"}")));
        return c;
    }

    @Test
    void every_forbidden_call_is_a_403_problem_and_every_allowed_one_succeeds() {
        List<String> wrong = new ArrayList<>();
        Fixture shared = fixture();
        for (var call : calls().entrySet()) {
            for (String user : USERS) {
                boolean allowed = call.getValue().getKey().contains(user);
                Fixture f = allowed ? fixture() : shared;
                long revision = as("secretariat", () -> documents.get(f.doc()).revision());
                HttpResponse<String> r = call.getValue().getValue().apply(user, f);
                boolean ok = allowed ? r.statusCode() / 100 == 2
                        : r.statusCode() == 403 && r.body().contains("\"detail\"")
                        && as("secretariat", () -> documents.get(f.doc()).revision()) == revision;
                if (!ok) wrong.add(call.getKey() + " as " + user + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void suggestion_mode_over_http_with_a_stale_base_gives_a_409_that_explains() {
        Fixture f = fixture();
        HttpResponse<String> w = api.get(f.path("/blocks/p4/wording"), "usa");
        assertThat(w.statusCode()).isEqualTo(200);
        String text = field(w.body(), "text");
        long base = Api.number(w.body(), "revision");
        HttpResponse<String> first = api.post(f.path("/base-text"), "secretariat",
                "{\"blockId\":\"p4\",\"wording\":" + quote(text.replace("requested", "asked for")) + ",\"baseRevision\":" + base + "}");
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> late = api.post(f.path("/proposals"), "usa", "{\"kind\":\"wording\",\"blockId\":\"p4\",\"wording\":"
                + quote(text.replace("requested", "demanded")) + ",\"baseRevision\":" + base + "}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("“requested” became “asked for”");
        HttpResponse<String> ok = api.post(f.path("/proposals"), "usa", "{\"kind\":\"wording\",\"blockId\":\"p4\",\"wording\":"
                + quote(text.replace("draft", "short draft")) + ",\"baseRevision\":" + base + "}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(ok.body()).contains("\"rebased\":true");
    }

    @Test
    void bad_input_is_a_400_and_unknown_blocks_a_404() {
        Fixture f = fixture();
        assertThat(api.post(f.path("/proposals"), "usa", "{\"kind\":\"shout\",\"blockId\":\"p4\"}").statusCode()).isEqualTo(400);
        assertThat(api.post(f.path("/positions"), "usa", "{\"proposalId\":" + quote(f.pk()) + ",\"stance\":\"maybe\"}").statusCode()).isEqualTo(400);
        assertThat(api.post(f.path("/proposals"), "usa", "{\"kind\":\"delete\",\"blockId\":\"nope\"}").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/documents/nope/blocks/p4/wording", "usa").statusCode()).isEqualTo(404);
    }

    @Test
    void control_characters_in_typed_text_are_a_400_that_names_them_and_nothing_is_stored() {
        Fixture f = fixture();
        long revision = as("secretariat", () -> documents.get(f.doc()).revision());
        var item = api.post(f.path("/proposals"), "usa", "{\"kind\":\"add-item\",\"blockId\":\"p4\",\"wording\":\"bell\\u0007here\"}");
        var position = api.post(f.path("/positions"), "usa", "{\"proposalId\":" + quote(f.pk()) + ",\"stance\":\"comment\",\"text\":\"x\\ud800\"}");

        assertThat(item.statusCode()).isEqualTo(400);
        assertThat(item.body()).contains("character 5 is the control character U+0007");
        assertThat(position.statusCode()).isEqualTo(400);
        assertThat(position.body()).contains("lone surrogate");
        assertThat(as("secretariat", () -> documents.get(f.doc()).revision())).isEqualTo(revision);
    }

    @Test
    void the_room_endpoints_are_in_the_openapi_document() {
        String docs = api.get("/v3/api-docs", "usa").body();
        assertThat(docs).contains("/api/v1/documents/{id}/proposals", "/api/v1/documents/{id}/positions",
                "/api/v1/documents/{id}/proposals/{pid}/withdraw", "/api/v1/documents/{id}/agree", "/api/v1/documents/{id}/chair-texts");
    }
}
