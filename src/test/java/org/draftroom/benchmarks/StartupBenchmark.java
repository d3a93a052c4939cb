package org.draftroom.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.draftroom.reliability.AppProcess;

/** Start-up of the packaged jar to a served login page: first start (empty data dir, seed import) and restart. */
class StartupBenchmark {

    @Test
    void packaged_jar_start_up_time() throws Exception {
        Path data = Files.createTempDirectory("draftroom-startup");
        long first;
        try (AppProcess app = new AppProcess(data)) {
            first = app.start();
            app.kill();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            try (AppProcess app = new AppProcess(data)) {
                best = Math.min(best, app.start());
                app.kill();
            }
        }
        System.out.println("BENCH startup.first_start_with_seed " + first + " ms");
        System.out.println("BENCH startup.restart_best_of_3 " + best + " ms");
    }
}
