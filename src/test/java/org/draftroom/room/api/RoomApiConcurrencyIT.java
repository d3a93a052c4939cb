package org.draftroom.room.api;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.testkit.Api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.Api.field;
import static org.draftroom.testkit.Api.quote;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ModelJson;
import org.draftroom.room.internal.DocumentEdits;

/**
 * Eight delegations hammering the same paragraph over HTTP at once, each with a stream of new wording, new items
 * and positions: every operation the API acknowledged is in the document exactly once, nothing else is, no
 * request fails with a server error, and the whole run finishes in bounded time.
 */
@DraftroomIT
class RoomApiConcurrencyIT {
    static final List<String> USERS = List.of("pakistan", "usa", "russia", "algeria", "india", "china", "japan", "france");
    /** Each writer inserts its words after its own word of paragraph 5 (edits elsewhere in the paragraph rebase). */
    static final List<String> AFTER = List.of("Based", "above,", "evaluation", "aims", "review", "size", "performance", "external");
    static final int OPERATIONS_EACH = 25;
    static final long BOUND_SECONDS = 120;

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;

    enum Kind { WORDING, ADD_ITEM, POSITION }

    /** One call and what the server answered; {@code token} is the unique text it carries. */
    record Operation(String user, Kind kind, String token, int status, String id, boolean rebased, String body) {
        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    @Test
    void eight_writers_through_the_api_lose_nothing_and_duplicate_nothing() throws Exception {
        Api api = new Api(port);
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/APICONC/" + System.nanoTime()), null));
        String path = "/api/v1/documents/" + doc;
        // Brazil's items are what the writers take positions on: one per position a writer states
        List<String> targets = new ArrayList<>();
        for (int k = 0; k < positionsEach(); k++) {
            HttpResponse<String> r = api.post(path + "/proposals", "brazil",
                    "{\"kind\":\"add-item\",\"blockId\":\"p5\",\"wording\":\"target-" + k + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            targets.add(field(r.body(), "ids"));
        }
        long base = as("secretariat", () -> documents.get(doc).revision());

        long start = System.nanoTime();
        List<Operation> done = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(USERS.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < USERS.size(); i++) {
                int writer = i;
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int j = 0; j < OPERATIONS_EACH; j++) done.add(operate(api, path, writer, j, targets));
                    return null;
                }));
            }
            go.countDown();
            long deadline = start + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            for (Future<?> w : writers) {
                try {
                    w.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    fail("writers still busy after " + BOUND_SECONDS + " s (deadlock or stall); " + done.size() + " operations done");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        NegotiationDocument after = as("secretariat", () -> documents.load(doc));
        String stored = new ModelJson().write(after);
        List<String> wrong = new ArrayList<>();
        int acknowledged = 0;
        int present = 0;
        int conflicts = 0;
        int rebased = 0;
        for (Operation op : done) {
            long tokens = count(stored, op.token());
            if (op.acknowledged()) {
                acknowledged++;
                if (op.rebased()) rebased++;
                long ids = op.kind() == Kind.POSITION
                        ? Walk.positions(after).stream().filter(p -> p.id().equals(op.id())).count()
                        : Walk.proposals(after).stream().filter(p -> p.id().equals(op.id())).count();
                if (tokens == 1 && ids == 1) present++;
                else wrong.add(op + ": acknowledged, but its text is there " + tokens + "× and its id " + ids + "×");
            } else if (op.status() == 409 && op.kind() == Kind.WORDING) {
                conflicts++; // the API said nothing was recorded: then nothing may be
                if (tokens != 0) wrong.add(op + ": refused, but its text is there " + tokens + "×");
            } else {
                wrong.add(op + ": unexpected answer");
            }
        }
        System.out.printf("CONCURRENCY api writers=%d operations=%d acknowledged=%d present=%d conflicts=%d rebased=%d "
                + "seconds=%.1f%n", USERS.size(), done.size(), acknowledged, present, conflicts, rebased, seconds);

        assertThat(done).hasSize(USERS.size() * OPERATIONS_EACH);
        assertThat(wrong).isEmpty();
        assertThat(present).isEqualTo(acknowledged);
        // only new wording can meet a conflict; items and positions have no base to be stale against
        assertThat(done).filteredOn(op -> op.kind() != Kind.WORDING).allMatch(Operation::acknowledged);
        assertThat(done).filteredOn(op -> op.kind() == Kind.WORDING).anyMatch(Operation::acknowledged);
        // one revision per acknowledged operation: none applied twice, none merged away
        assertThat(as("secretariat", () -> documents.get(doc).revision())).isEqualTo(base + acknowledged);
        String p5 = Walk.plainText(DocumentEdits.content(after, "p5"));
        assertThat(p5.replaceAll(" w\\dx\\d+", "")).as("the base text under the insertions").isEqualTo(P5);
    }

    /** Writer {@code i}'s {@code j}-th call: new wording, a new item after paragraph 5, or a position. */
    private static Operation operate(Api api, String path, int i, int j, List<String> targets) {
        String user = USERS.get(i);
        Kind kind = Kind.values()[j % 3];
        try {
            return switch (kind) {
                case WORDING -> {
                    String token = "w" + i + "x" + j;
                    HttpResponse<String> w = api.get(path + "/blocks/p5/wording", user);
                    if (w.statusCode() != 200) yield new Operation(user, kind, token, w.statusCode(), null, false, w.body());
                    String wording = field(w.body(), "text");
                    String edited = wording.replaceFirst(Pattern.quote(AFTER.get(i)), Matcher.quoteReplacement(AFTER.get(i) + " " + token));
                    yield answer(user, kind, token, api.post(path + "/proposals", user, "{\"kind\":\"wording\",\"blockId\":\"p5\","
                            + "\"wording\":" + quote(edited) + ",\"baseRevision\":" + Api.number(w.body(), "revision") + "}"));
                }
                case ADD_ITEM -> {
                    String token = "item-" + i + "-" + j;
                    yield answer(user, kind, token, api.post(path + "/proposals", user,
                            "{\"kind\":\"add-item\",\"blockId\":\"p5\",\"wording\":\"New " + token + ".\"}"));
                }
                case POSITION -> {
                    String token = "pos-" + i + "-" + j;
                    yield answer(user, kind, token, api.post(path + "/positions", user, "{\"proposalId\":"
                            + quote(targets.get(j / 3)) + ",\"stance\":\"" + (j % 2 == 0 ? "support" : "oppose")
                            + "\",\"text\":\"Says " + token + ".\"}"));
                }
            };
        } catch (RuntimeException e) {
            return new Operation(user, kind, "(" + kind + " " + i + "/" + j + ")", -1, null, false, e.toString());
        }
    }

    private static Operation answer(String user, Kind kind, String token, HttpResponse<String> r) {
        boolean ok = r.statusCode() / 100 == 2;
        return new Operation(user, kind, token, r.statusCode(), ok ? field(r.body(), "ids") : null,
                r.body().contains("\"rebased\":true"), ok ? "" : r.body());
    }

    static int positionsEach() {
        return (OPERATIONS_EACH + 1) / 3;
    }

    /** Occurrences of a token as a whole word in the stored model. */
    private static long count(String json, String token) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(token) + "(?![\\w-])").matcher(json).results().count();
    }
}
