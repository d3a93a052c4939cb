package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.draftroom.testkit.Api;

/**
 * Power-cut test: the app runs as its own process; writers add proposals through the API without pause; the
 * process is SIGKILLed at random moments, restarted, and every proposal the API acknowledged (2xx) must be
 * there. Ten kills. Requests cut off by a kill are not acknowledged and may or may not have landed.
 */
@Tag("slow")
class CrashRecoveryIT {
    static final int KILLS = 10;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_acknowledged_write_survives_sigkill() throws Exception {
        Path data = Files.createTempDirectory("draftroom-crash");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        Random random = new Random(42);
        String documentId;
        String paragraphId;
        try (AppProcess app = new AppProcess(data)) {
            app.start();
            documentId = createDocument(app);
            paragraphId = firstParagraph(app, documentId);
            app.kill();
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            try (AppProcess app = new AppProcess(data)) {
                app.start();
                AtomicBoolean running = new AtomicBoolean(true);
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    String path = "/api/v1/documents/" + documentId + "/proposals";
                    writers.add(Thread.ofVirtual().start(() -> {
                        while (running.get()) {
                            String marker = "crash-write-" + sequence.incrementAndGet();
                            String body = "{\"kind\":\"add-item\",\"blockId\":\"" + paragraphId + "\",\"wording\":\""
                                    + marker + "\",\"delegation\":\"PK\"}";
                            try {
                                HttpResponse<String> r = send(app, "POST", path, body);
                                if (r.statusCode() / 100 == 2) acknowledged.add(marker);
                            } catch (Exception cutOff) {
                                // connection reset by the kill: not acknowledged
                            }
                        }
                    }));
                }
                // kill at a random moment once this round has had at least one write acknowledged
                int before = acknowledged.size();
                long giveUp = System.currentTimeMillis() + 60_000;
                while (acknowledged.size() == before && System.currentTimeMillis() < giveUp) Thread.sleep(20);
                Thread.sleep(random.nextInt(3_000));
                app.kill();
                running.set(false);
                for (Thread t : writers) t.join();
            }
        }
        try (AppProcess app = new AppProcess(data)) {
            app.start();
            String stored = send(app, "GET", "/api/v1/documents/" + documentId, null).body();
            // the marker followed by its closing quote: crash-write-1 must not be found inside crash-write-10
            List<String> missing = acknowledged.stream().filter(m -> !stored.contains(m + "\"")).toList();
            System.out.println("CRASH kills=" + KILLS + " acknowledged_writes=" + acknowledged.size()
                    + " missing=" + missing.size());
            assertThat(acknowledged).as("writes acknowledged across %d kills", KILLS).hasSizeGreaterThan(KILLS);
            assertThat(missing).as("acknowledged writes lost after SIGKILL").isEmpty();
        }
        try (AppProcess check = new AppProcess(data)) {
            int exit = check.runToExit("--draftroom.audit.verify-and-exit=true");
            System.out.println("CRASH audit_chain_check_exit=" + exit);
            assertThat(exit).as("the audit chain after %d kills (see %s)", KILLS, check.log()).isZero();
        }
    }

    private String createDocument(AppProcess app) throws Exception {
        String boundary = "crashboundary";
        String text = "CRASH/TEST/1\n\nA. Section\n\n1. The base paragraph that proposals are added after.\n";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nnotation\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"symbol\"\r\n\r\nCRASH/TEST/1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(request(app, "/api/v1/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private String firstParagraph(AppProcess app, String documentId) throws Exception {
        JsonNode doc = json.readTree(send(app, "GET", "/api/v1/documents/" + documentId, null).body());
        for (JsonNode section : doc.get("sections")) {
            for (JsonNode block : section.get("blocks")) {
                if (block.has("id")) return block.get("id").asString();
            }
        }
        throw new AssertionError("no paragraph in " + doc);
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = request(app, path).timeout(Duration.ofSeconds(10));
        if (body == null) b.GET();
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return new Api(app.base()).send(b);
    }

    private HttpRequest.Builder request(AppProcess app, String path) {
        return new Api(app.base()).request(path, "secretariat");
    }
}
