package org.draftroom.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.delegations.DelegationRegistry;

/** What the importer does: ask for the longest delegation name at every offset of the shipped seed texts. */
class DelegationsBenchmark {

    @Test
    void longest_match_at_every_offset_of_the_seed() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("tor-external-offices.zh.txt", "budget-2024-25-revised.zh.txt",
                "decisions-pbc35.zh.txt", "decisions-pbc36.zh.txt")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/" + name)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String text = all.toString();
        DelegationRegistry registry = DelegationRegistry.standard();
        long matches = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long t0 = System.nanoTime();
            matches = 0;
            for (int i = 0; i < text.length(); i++) {
                if (registry.longestMatchAt(text, i).isPresent()) matches++;
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.println("BENCH delegations.longest_match_chars_per_second "
                + (long) (text.length() / (best / 1e9)) + " chars/s");
        System.out.println("BENCH delegations.longest_match_seed_scan " + best / 1_000_000 + " ms");
        System.out.println("BENCH delegations.matches_in_seed " + matches + " matches");
    }
}
