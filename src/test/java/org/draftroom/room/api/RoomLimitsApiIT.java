package org.draftroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.Api.quote;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.TestDocuments;

/**
 * Sizes a real text never reaches are refused up front with the limit stated (413 for what is typed, 400 for a
 * field), and sizes below them are stored whole, never failing in the database (issue 12, findings 3 and 6).
 */
@DraftroomIT
class RoomLimitsApiIT {
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private String newDocument() {
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/LIMITS/" + System.nanoTime()), null));
    }

    private long revision(String doc) {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    private static String path(String doc, String rest) {
        return "/api/v1/documents/" + doc + rest;
    }

    private static String words(int chars) {
        return "the network of external offices ".repeat(chars / 32 + 1).substring(0, chars);
    }

    @Test
    void a_wording_longer_than_the_limit_is_a_413_that_states_it_and_nothing_is_stored() {
        String doc = newDocument();
        long before = revision(doc);
        HttpResponse<String> wording = api.post(path(doc, "/proposals"), "pakistan", "{\"kind\":\"wording\",\"blockId\":\"p5\","
                + "\"wording\":" + quote(P5 + " " + words(TextLimits.WORDING)) + "}");
        HttpResponse<String> item = api.post(path(doc, "/proposals"), "pakistan", "{\"kind\":\"add-item\",\"blockId\":\"p5\","
                + "\"wording\":" + quote(words(TextLimits.WORDING + 1)) + "}");
        HttpResponse<String> chair = api.post(path(doc, "/chair-texts"), "chair", "{\"targetIds\":[\"p4\"],\"wordings\":["
                + quote(words(TextLimits.WORDING + 1)) + "],\"drawsOn\":[]}");

        for (HttpResponse<String> r : List.of(wording, item, chair)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(r.body()).contains("\"limit\":" + TextLimits.WORDING).contains("more than the limit of 20000 characters");
        }
        assertThat(revision(doc)).isEqualTo(before);
    }

    @Test
    void a_position_longer_than_the_limit_is_a_413_and_one_at_the_limit_is_stored() {
        String doc = newDocument();
        String pk = Api.field(api.post(path(doc, "/proposals"), "pakistan",
                "{\"kind\":\"delete\",\"blockId\":\"p4\"}").body(), "ids");
        HttpResponse<String> tooLong = api.post(path(doc, "/positions"), "usa", "{\"proposalId\":" + quote(pk)
                + ",\"stance\":\"comment\",\"text\":" + quote(words(TextLimits.POSITION_TEXT + 1)) + "}");
        HttpResponse<String> atLimit = api.post(path(doc, "/positions"), "usa", "{\"proposalId\":" + quote(pk)
                + ",\"stance\":\"comment\",\"text\":" + quote(words(TextLimits.POSITION_TEXT)) + "}");

        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(413);
        assertThat(tooLong.body()).contains("\"limit\":" + TextLimits.POSITION_TEXT);
        assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(201);
    }

    @Test
    void a_suggestion_mode_insertion_of_five_thousand_characters_is_stored_whole_with_a_shortened_history_line() {
        String doc = newDocument();
        String inserted = words(5_000);
        HttpResponse<String> r = api.post(path(doc, "/proposals"), "pakistan", "{\"kind\":\"wording\",\"blockId\":\"p5\","
                + "\"wording\":" + quote(P5 + " " + inserted) + "}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(as("secretariat", () -> Walk.proposals(documents.load(doc))))
                .anySatisfy(p -> assertThat(Walk.plainText(p.text())).contains(inserted.strip()));
        HistoryEntry last = as("secretariat", () -> documents.history(doc, "p5")).getLast();
        assertThat(last.summary()).hasSizeLessThanOrEqualTo(TextLimits.HISTORY_SUMMARY).contains("abbreviated");
    }

    @Test
    void more_co_sponsors_than_the_limit_are_a_400_naming_the_field_and_the_limit() {
        String doc = newDocument();
        long before = revision(doc);
        List<String> states = DelegationRegistry.standard().all().stream().map(d -> d.id()).filter(id -> id.length() == 2)
                .limit(TextLimits.CO_SPONSORS + 40).collect(Collectors.toCollection(ArrayList::new));
        assertThat(states).hasSizeGreaterThan(TextLimits.CO_SPONSORS);
        String json = states.stream().map(Api::quote).collect(Collectors.joining(","));
        HttpResponse<String> r = api.post(path(doc, "/proposals"), "pakistan",
                "{\"kind\":\"delete\",\"blockId\":\"p4\",\"coSponsors\":[" + json + "]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("coSponsors").contains("\"limit\":" + TextLimits.CO_SPONSORS);
        assertThat(revision(doc)).isEqualTo(before);
    }

    @Test
    void a_chair_text_drawing_on_a_long_proposal_keeps_its_lineage() {
        String doc = newDocument();
        String pk = Api.field(api.post(path(doc, "/proposals"), "pakistan", "{\"kind\":\"wording\",\"blockId\":\"p5\","
                + "\"wording\":" + quote(P5 + " " + words(6_000)) + "}").body(), "ids");
        HttpResponse<String> r = api.post(path(doc, "/chair-texts"), "chair", "{\"targetIds\":[\"p5\"],\"wordings\":"
                + "[\"The Chair's wording.\"],\"drawsOn\":[" + quote(pk) + "]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(api.get(path(doc, "/lineage"), "chair").body()).contains(pk);
    }
}
