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
import org.draftroom.negotiation.ProposalKind;
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

    /** As in RoomRulesMatrixIT: Pakistan asks the US to co-sponsor; p6 agreed and under a chair's text; US items. */
    record Fixture(String doc, String pk, String chairText, String chairOverAgreed, String usItem, String usWithdrawn) {
        String path(String rest) {
            return "/api/v1/documents/" + doc + rest;
        }
    }

    private Fixture fixture() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/API/" + System.nanoTime()), null));
        String pk = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("the network", "the whole network"), null,
                new Acting(null, null, List.of("US")))).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(pk))).ids().getFirst();
        String overAgreed = as("chair", () -> room.postChairText(doc, List.of("p6"), List.of("主席的案文。"), Set.of())).ids().getFirst();
        as("secretariat", () -> room.agree(doc, "p6"));
        String item = as("usa", () -> room.proposeNewAfter(doc, "p4", "Added by the US.", Acting.self())).ids().getFirst();
        String withdrawn = as("usa", () -> room.proposeOnSpan(doc, "p5", ProposalKind.RETAIN, "performance", 1, Acting.self())).ids().getFirst();
        as("usa", () -> room.withdraw(doc, withdrawn, Acting.self()));
        return new Fixture(doc, pk, chair, overAgreed, item, withdrawn);
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
        // object-level cases (ASVS 8.2.2)
        c.put("co-sponsor request to a state", Map.entry(writers, (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"exclude\",\"blockId\":\"p5\",\"span\":\"size\",\"coSponsors\":[\"CN\"]" + forWhom(u) + "}")));
        c.put("co-sponsor the chair (finding 1)", Map.entry(Set.of(), (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"wording\",\"blockId\":\"p4\",\"wording\":\"The Committee requested a short draft.\",\"coSponsors\":[\"US\",\"CHAIR\"]" + forWhom(u) + "}")));
        c.put("accept the US co-sponsorship", Map.entry(Set.of("secretariat", "usa"), (u, f) -> api.post(f.path("/proposals/" + f.pk() + "/co-sponsorship/accept"), u,
                u.equals("secretariat") ? "{\"delegation\":\"US\"}" : "{}")));
        c.put("decline the US co-sponsorship", Map.entry(Set.of("secretariat", "usa"), (u, f) -> api.post(f.path("/proposals/" + f.pk() + "/co-sponsorship/decline"), u,
                u.equals("secretariat") ? "{\"delegation\":\"US\"}" : "{}")));
        c.put("accept for the US", Map.entry(Set.of("secretariat", "usa"), (u, f) -> api.post(f.path("/proposals/" + f.pk() + "/co-sponsorship/accept"), u,
                "{\"delegation\":\"US\"}")));
        c.put("speak for a group one does not coordinate", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/proposals"), u,
                "{\"kind\":\"exclude\",\"blockId\":\"p5\",\"span\":\"size\",\"onBehalfOf\":" + quote(u.equals("usa") ? "GROUP_B" : "ASIA_PACIFIC") + forWhom(u) + "}")));
        c.put("group-speaking rule, read", Map.entry(Set.copyOf(USERS), (u, f) -> api.get(f.path("/group-speaking"), u)));
        c.put("group-speaking rule, set", Map.entry(Set.of("secretariat"), (u, f) -> api.send("PUT", f.path("/group-speaking"), u,
                "{\"rule\":\"coordinator\",\"coordinators\":{\"AFRICAN_GROUP\":[\"NG\"]}}")));
        c.put("accept a delegation's new item as chair text (finding 2)", Map.entry(Set.of(), (u, f) -> api.post(f.path("/chair-texts/" + f.usItem() + "/accept"), u, "{}")));
        c.put("chair text drawing on a proposal outside it", Map.entry(Set.of(), (u, f) -> api.post(f.path("/chair-texts"), u,
                "{\"targetIds\":[\"p4\"],\"wordings\":[\"Alt.\"],\"drawsOn\":[" + quote(f.pk()) + "]}")));
        c.put("accept chair text over agreed text", Map.entry(Set.of("secretariat"), (u, f) -> api.post(f.path("/chair-texts/" + f.chairOverAgreed() + "/accept"), u, "{}")));
        c.put("position on a withdrawn proposal", Map.entry(Set.of(), (u, f) -> api.post(f.path("/positions"), u,
                "{\"proposalId\":" + quote(f.usWithdrawn()) + ",\"stance\":\"support\"" + forWhom(u) + "}")));
        return c;
    }

    @Test
    void every_forbidden_call_is_a_403_problem_and_every_allowed_one_succeeds() {
        List<String> wrong = new ArrayList<>();
        Fixture shared = fixture();
        int cells = 0;
        int refused = 0;
        for (var call : calls().entrySet()) {
            for (String user : USERS) {
                cells++;
                if (!call.getValue().getKey().contains(user)) refused++;
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
        System.out.printf("AUTHZ room-api operations=%d cells=%d refused=%d wrong=%d%n", calls().size(), cells, refused, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_co_sponsor_named_by_a_delegate_is_shown_nowhere_until_it_accepts_finding_1() {
        Fixture f = fixture();
        long before = as("secretariat", () -> documents.get(f.doc()).revision());
        HttpResponse<String> forged = api.post(f.path("/proposals"), "pakistan", "{\"kind\":\"wording\",\"blockId\":\"p4\","
                + "\"wording\":\"The Committee requested a short draft.\",\"coSponsors\":[\"US\",\"CHAIR\"]}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CHAIR cannot co-sponsor");
        assertThat(as("secretariat", () -> documents.get(f.doc()).revision())).isEqualTo(before);

        HttpResponse<String> asked = api.post(f.path("/proposals"), "pakistan", "{\"kind\":\"wording\",\"blockId\":\"p4\","
                + "\"wording\":\"The Committee requested a short draft.\",\"coSponsors\":[\"RU\"]}");
        assertThat(asked.statusCode()).isEqualTo(201);
        String id = field(asked.body(), "ids");
        for (String format : List.of("marked", "html", "akn")) {
            assertThat(api.get(f.path("/export?format=" + format), "observer").body()).as(format)
                    .contains("Pakistan").doesNotContain("Russia");
        }
        assertThat(api.get(f.path("/export?format=json"), "observer").body()).containsPattern("\"coSponsorRequests\"\\s*:\\s*\\[\\s*\"RU\"\\s*]");

        assertThat(api.post(f.path("/proposals/" + id + "/co-sponsorship/accept"), "russia", "{}").statusCode()).isEqualTo(200);
        assertThat(api.get(f.path("/export?format=marked"), "observer").body()).contains("Russia");
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
