package org.draftroom.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.NotationImporter;
import org.draftroom.notation.Renderer;
import org.junit.jupiter.api.Test;

/** Importing the seed terms of reference and rendering them marked up, warm (goal: 50 ms or less). */
class NotationBenchmark {

    @Test
    void import_and_render_seed() throws Exception {
        Path seed = Files.isDirectory(Path.of("../shared/seed")) ? Path.of("../shared/seed") : Path.of("/work/shared/seed");
        String text = Files.readString(seed.resolve("tor-external-offices.zh.txt"), StandardCharsets.UTF_8);
        DelegationRegistry registry = DelegationRegistry.standard();
        NotationImporter importer = new NotationImporter(registry);
        Renderer renderer = new Renderer(registry);
        long sink = 0;
        for (int i = 0; i < 30; i++) sink += once(importer, renderer, text); // warm-up: JIT, registry, regexes
        int runs = 30;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += once(importer, renderer, text);
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        double median = times[runs / 2] / 1e6;
        System.out.printf("BENCH notation.import_and_render_seed_ms %.1f ms%n", median);
        System.out.printf("(min %.1f ms, max %.1f ms, %d runs, sink %d)%n", times[0] / 1e6, times[runs - 1] / 1e6, runs,
                sink % 10);
    }

    private static long once(NotationImporter importer, Renderer renderer, String text) {
        NegotiationDocument doc = importer.importText(text, ImportOptions.fromHeader()).document();
        return renderer.marked(doc).length();
    }
}
