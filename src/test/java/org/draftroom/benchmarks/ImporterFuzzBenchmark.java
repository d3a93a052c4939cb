package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

import org.draftroom.reliability.ImporterFuzz;

/**
 * The importer fuzz properties of every test run ({@link ImporterFuzz}) with many more inputs: 1,000,000 by
 * default, split evenly between the properties ({@code -Dfuzz.inputs=N}). The same jqwik arbitraries generate
 * them, with edge cases mixed in and the generation size of a test run; the seed is printed and
 * {@code -Dfuzz.seed=S} replays a run. Every input is checked; the failures are counted, the first few shown.
 */
class ImporterFuzzBenchmark {
    static final int SHOWN_FAILURES = 5;

    @Test
    void the_importer_survives_a_hundred_thousand_generated_inputs() {
        long total = Long.getLong("fuzz.inputs", 1_000_000);
        long seed = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());
        Map<String, Arbitrary<String>> properties = ImporterFuzz.properties();
        long each = Math.max(1, total / properties.size());
        Random random = new Random(seed);
        List<String> shown = new ArrayList<>();
        long inputs = 0;
        long failures = 0;
        long chars = 0;
        long start = System.nanoTime();
        JqwikSession.start();
        try {
            for (var property : properties.entrySet()) {
                RandomGenerator<String> generator = property.getValue().generator(ImporterFuzz.TRIES_PER_PROPERTY, true);
                for (long n = 0; n < each; n++) {
                    String input = generator.next(random).value();
                    inputs++;
                    chars += input.length();
                    try {
                        ImporterFuzz.check(input);
                    } catch (Throwable t) { // assertion, unexpected exception, stack overflow: all count
                        failures++;
                        if (shown.size() < SHOWN_FAILURES) shown.add(property.getKey() + " " + visible(input) + " -> " + t);
                    }
                }
            }
        } finally {
            JqwikSession.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH fuzz.inputs %d count%n", inputs);
        System.out.printf("BENCH fuzz.failures %d count%n", failures);
        System.out.printf("BENCH fuzz.rate %.0f per_s%n", inputs / seconds);
        System.out.printf("(%d properties x %d inputs, %.1f characters on average, in %.1f s; seed %d: replay with "
                + "-Dfuzz.seed=%d)%n", properties.size(), each, (double) chars / inputs, seconds, seed, seed);
        shown.forEach(f -> System.out.println("FUZZ failure: " + f));
        assertThat(shown).isEmpty();
        assertThat(failures).isZero();
    }

    /** The input with everything outside printable ASCII as a Java escape, so it can be pasted into a test. */
    private static String visible(String input) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : input.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7f) out.append(c);
            else out.append(String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
