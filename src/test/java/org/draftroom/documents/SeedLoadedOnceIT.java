package org.draftroom.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.reliability.AppProcess;
import org.draftroom.testkit.Api;

/** The demo seed on a fresh data directory, then after a hard restart: there, and only once. */
class SeedLoadedOnceIT {

    @Test
    void the_terms_of_reference_are_loaded_on_first_start_and_not_again_after_a_restart() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/it-data")).resolve("seed-once-" + System.nanoTime());
        List<String> first;
        try (AppProcess app = new AppProcess(dataDir)) {
            app.start();
            first = seedDocumentsOnceSettled(app);
            app.kill();
        }
        assertThat(first).hasSize(1);
        try (AppProcess app = new AppProcess(dataDir)) {
            app.start();
            assertThat(seedDocumentsOnceSettled(app)).isEqualTo(first);
            String json = get(app, "/api/v1/documents/" + first.getFirst());
            assertThat(json).contains("第三十四届会议", "驻外办事处");
        }
    }

    /**
     * The seed runs as an ApplicationRunner, after the server already answers: poll until the list has held the
     * same non-empty answer for {@link #SETTLE_MS} (a second load would show up as a second id meanwhile).
     */
    private static List<String> seedDocumentsOnceSettled(AppProcess app) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        List<String> last = List.of();
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            List<String> now = seedDocuments(app);
            assertThat(now).as("never more than one seeded terms of reference").hasSizeLessThanOrEqualTo(1);
            if (!now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            } else if (!now.isEmpty() && System.currentTimeMillis() - stableSince >= SETTLE_MS) {
                return now;
            }
            Thread.sleep(500);
        }
        return last;
    }

    private static final long SETTLE_MS = 15_000;

    /** Ids of the documents with the seed's symbol, checking they sit in session PBC/34. */
    private static List<String> seedDocuments(AppProcess app) throws Exception {
        JsonNode list = JsonMapper.builder().build().readTree(get(app, "/api/v1/documents?size=200&symbol=WO%2FPBC%2F34%2F15")).get("items");
        return StreamSupport.stream(list.spliterator(), false)
                .filter(d -> d.get("symbol").asString().equals("WO/PBC/34/15"))
                .peek(d -> assertThat(d.get("session").asString()).isEqualTo("PBC/34"))
                .map(d -> d.get("id").asString()).toList();
    }

    private static String get(AppProcess app, String path) throws Exception {
        HttpResponse<String> response = new Api(app.base()).get(path, "secretariat");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
