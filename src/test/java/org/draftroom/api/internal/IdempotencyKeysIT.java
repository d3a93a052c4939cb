package org.draftroom.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.Api.quote;
import static org.draftroom.testkit.SignIn.as;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.testkit.TestFaults;

/**
 * Idempotency-Key through HTTP (ADR 0013): the same write sent twice is done once and answered the same; what a
 * key says after a failure, a lost answer and a dead process.
 */
@DraftroomIT
class IdempotencyKeysIT {
    private static final String KEY = IdempotencyKeys.HEADER;

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcClient jdbc;
    Api api;
    String doc;

    @BeforeEach
    void document() {
        api = new Api(port);
        doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/IDEM/" + System.nanoTime()), null));
    }

    private String proposals() {
        return "/api/v1/documents/" + doc + "/proposals";
    }

    private static String newItem(String words) {
        return "{\"kind\":\"add-item\",\"blockId\":\"p4\",\"wording\":" + quote(words) + "}";
    }

    private HttpResponse<String> post(String path, String user, String json, String key, String... more) {
        HttpRequest.Builder b = api.request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) b.header(KEY, key);
        for (int i = 0; i < more.length; i += 2) b.header(more[i], more[i + 1]);
        return api.send(b);
    }

    private int proposalCount() {
        return as("secretariat", () -> Walk.proposals(documents.load(doc)).size());
    }

    private long revision() {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void the_same_proposal_posted_twice_with_one_key_makes_one_proposal_and_the_second_answer_equals_the_first() {
        String key = key();
        int before = proposalCount();
        HttpResponse<String> first = post(proposals(), "pakistan", newItem("Added once."), key);
        HttpResponse<String> second = post(proposals(), "pakistan", newItem("Added once."), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(first.headers().firstValue(IdempotencyKeys.REPLAYED)).isEmpty();
        assertThat(second.headers().firstValue(IdempotencyKeys.REPLAYED)).contains("true");
        assertThat(proposalCount()).isEqualTo(before + 1);
    }

    @Test
    void a_version_frozen_twice_with_one_key_is_issued_once_at_the_same_location() {
        String path = "/api/v1/documents/" + doc + "/versions";
        String body = "{\"session\":\"PBC/35\",\"symbol\":" + quote("TEST/IDEM/V/" + System.nanoTime()) + "}";
        String key = key();
        HttpResponse<String> first = post(path, "secretariat", body, key);
        HttpResponse<String> second = post(path, "secretariat", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).isPresent();
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get(path, "observer").body().split("\"number\"", -1)).hasSize(2);
    }

    @Test
    void an_import_uploaded_twice_with_one_key_stores_one_document() { // each upload with its own multipart boundary
        String symbol = "TEST/IDEM/IMPORT/" + System.nanoTime();
        byte[] text = (symbol + "\n\nA. Section\n\n1. The base paragraph.\n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> key = Map.of(KEY, key());
        int before = as("secretariat", () -> documents.list().size());
        HttpResponse<String> first = api.upload("/api/v1/documents", "secretariat", Map.of("language", "en"),
                "import.txt", text, key);
        HttpResponse<String> second = api.upload("/api/v1/documents", "secretariat", Map.of("language", "en"),
                "import.txt", text, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(as("secretariat", () -> documents.list().size())).isEqualTo(before + 1);
        HttpResponse<String> otherFile = api.upload("/api/v1/documents", "secretariat", Map.of("language", "en"),
                "import.txt", (symbol + "\n\nA. Other\n\n1. Another paragraph.\n").getBytes(StandardCharsets.UTF_8), key);
        assertThat(otherFile.statusCode()).isEqualTo(422);
    }

    @Test
    void another_body_with_the_same_key_is_refused_422_and_writes_nothing() {
        String key = key();
        assertThat(post(proposals(), "pakistan", newItem("First words."), key).statusCode()).isEqualTo(201);
        int count = proposalCount();
        long revision = revision();

        HttpResponse<String> other = post(proposals(), "pakistan", newItem("Other words."), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(other.body()).contains("https://draftroom.org/problems/idempotency-key-reused").contains(KEY);
        assertThat(proposalCount()).isEqualTo(count);
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void concurrent_requests_with_one_key_make_exactly_one_proposal() throws Exception {
        String key = key();
        int before = proposalCount();
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return post(proposals(), "pakistan", newItem("Added by one of eight."), key);
            }, runnable -> Thread.ofVirtual().start(runnable)));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

        assertThat(proposalCount()).isEqualTo(before + 1);
        List<HttpResponse<String>> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created).allSatisfy(r -> assertThat(r.body()).isEqualTo(created.getFirst().body()));
        assertThat(created.stream().filter(r -> r.headers().firstValue(IdempotencyKeys.REPLAYED).isEmpty())).hasSize(1);
        assertThat(answers).allSatisfy(r -> {
            if (r.statusCode() != 201) {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(r.body()).contains("idempotency-in-progress");
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
            }
        });
    }

    @Test
    void a_request_still_being_served_makes_the_same_key_wait_409_and_then_answers_it() throws Exception {
        String key = key();
        TestFaults.Hold hold = TestFaults.hold(false);
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() ->
                post(proposals(), "pakistan", newItem("Held a moment."), key, TestFaults.HEADER, hold.header()));
        hold.awaitEntered(Duration.ofSeconds(20));

        HttpResponse<String> meanwhile = post(proposals(), "pakistan", newItem("Held a moment."), key);
        HttpResponse<String> otherMeanwhile = post(proposals(), "pakistan", newItem("Something else."), key);
        hold.release();
        HttpResponse<String> first = held.join();
        HttpResponse<String> after = post(proposals(), "pakistan", newItem("Held a moment."), key);

        assertThat(meanwhile.statusCode()).isEqualTo(409);
        assertThat(meanwhile.headers().firstValue("Retry-After")).contains("1");
        assertThat(otherMeanwhile.statusCode()).isEqualTo(422);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(after.statusCode()).isEqualTo(201);
        assertThat(after.body()).isEqualTo(first.body());
    }

    @Test
    void a_request_that_failed_can_be_retried_with_the_same_key() {
        String key = key();
        int before = proposalCount();
        HttpResponse<String> bad = post(proposals(), "pakistan", "{\"kind\":\"add-item\",\"blockId\":\"p4\"}", key);
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> broken = post(proposals(), "pakistan", newItem("Retried."), key, TestFaults.HEADER, "500");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(proposalCount()).isEqualTo(before);

        assertRanAnew(post(proposals(), "pakistan", newItem("Retried."), key), before + 1);
    }

    @Test
    void a_change_committed_before_its_request_failed_is_reported_stored_at_its_revision() {
        String key = key();
        int before = proposalCount();
        HttpResponse<String> failed = post(proposals(), "pakistan", newItem("Stored, answer lost."), key,
                TestFaults.HEADER, "500-after");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(proposalCount()).isEqualTo(before + 1);
        long stored = revision();

        HttpResponse<String> retried = post(proposals(), "pakistan", newItem("Stored, answer lost."), key);
        assertStoredAt(retried, stored);
        assertThat(proposalCount()).isEqualTo(before + 1);
    }

    @Test
    void a_key_left_pending_by_a_dead_process_whose_change_committed_answers_stored_at_revision_n() {
        String key = key();
        HttpResponse<String> first = post(proposals(), "pakistan", newItem("Stored before the kill."), key);
        assertThat(first.statusCode()).isEqualTo(201);
        long stored = Api.number(first.body(), "revision");
        int count = proposalCount();
        // the process died after the change's commit (which wrote the revision into the row), before the answer was kept
        int rows = jdbc.sql("""
                        update idempotency_key set state = 'pending', boot_id = ?, status = null, headers = null,
                            body = null where username = 'pakistan' and idem_key = ?""")
                .params(UUID.randomUUID().toString(), key).update();
        assertThat(rows).isEqualTo(1);

        HttpResponse<String> retried = post(proposals(), "pakistan", newItem("Stored before the kill."), key);
        assertStoredAt(retried, stored);
        assertThat(proposalCount()).isEqualTo(count);
    }

    @Test
    void a_key_left_pending_by_a_dead_process_without_a_change_is_taken_over_and_the_request_runs() throws Exception {
        String key = key();
        String body = newItem("Never stored before the kill.");
        MockHttpServletRequest same = new MockHttpServletRequest("POST", proposals());
        same.setContentType("application/json");
        same.setContent(body.getBytes(StandardCharsets.UTF_8));
        String fingerprint = RequestFingerprint.read(same).orElseThrow().fingerprint();
        jdbc.sql("""
                        insert into idempotency_key (username, idem_key, fingerprint, state, boot_id, created_at)
                        values ('pakistan', ?, ?, 'pending', ?, ?)""")
                .params(key, fingerprint, UUID.randomUUID().toString(), OffsetDateTime.now()).update();
        int before = proposalCount();

        HttpResponse<String> retried = assertRanAnew(post(proposals(), "pakistan", body, key), before + 1);
        assertThat(post(proposals(), "pakistan", body, key).body()).isEqualTo(retried.body());
    }

    @Test
    void keys_are_per_user() {
        String key = key();
        int before = proposalCount();
        HttpResponse<String> pakistan = assertRanAnew(post(proposals(), "pakistan", newItem("Pakistan's item."), key),
                before + 1);
        HttpResponse<String> usa = assertRanAnew(post(proposals(), "usa", newItem("The US item."), key), before + 2);
        assertThat(usa.body()).isNotEqualTo(pakistan.body());
        assertThat(post(proposals(), "pakistan", newItem("Pakistan's item."), key).body()).isEqualTo(pakistan.body());
    }

    @Test
    void an_expired_key_counts_as_new() {
        String key = key();
        int before = proposalCount();
        assertThat(post(proposals(), "pakistan", newItem("A day ago."), key).statusCode()).isEqualTo(201);
        jdbc.sql("update idempotency_key set created_at = ? where username = 'pakistan' and idem_key = ?")
                .params(OffsetDateTime.now().minusHours(25), key).update();

        assertRanAnew(post(proposals(), "pakistan", newItem("A day ago."), key), before + 2);
    }

    @Test
    void a_malformed_key_is_refused_400_naming_the_header_and_nothing_is_written() {
        int before = proposalCount();
        for (String bad : List.of("has a space", "x".repeat(129), "")) {
            HttpResponse<String> r = post(proposals(), "pakistan", newItem("Never."), bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).contains("bad-request").contains("\"header\":\"" + KEY + "\"");
        }
        HttpResponse<String> twice = api.send(api.request(proposals(), "pakistan").header("Content-Type", "application/json")
                .header(KEY, "one").header(KEY, "two")
                .POST(HttpRequest.BodyPublishers.ofString(newItem("Never."), StandardCharsets.UTF_8)));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(post(proposals(), "pakistan", newItem("Fine."), "x".repeat(128)).statusCode()).isEqualTo(201);
        assertThat(proposalCount()).isEqualTo(before + 1);
    }

    /** Done now, not replayed: 201, and the document holds this many proposals. */
    private HttpResponse<String> assertRanAnew(HttpResponse<String> r, int proposals) {
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue(IdempotencyKeys.REPLAYED)).isEmpty();
        assertThat(proposalCount()).isEqualTo(proposals);
        return r;
    }

    private void assertStoredAt(HttpResponse<String> r, long revision) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(IdempotencyKeys.REPLAYED)).contains("true");
        assertThat(r.headers().firstValue("ETag")).contains("\"" + revision + "\"");
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/documents/" + doc);
        assertThat(r.body()).contains("\"stored\":true").contains("\"documentId\":\"" + doc + "\"");
        assertThat(Api.number(r.body(), "revision")).isEqualTo(revision);
        assertThat(api.get("/api/v1/documents/" + doc, "pakistan").headers().firstValue("ETag"))
                .contains("\"" + revision + "\"");
    }
}
