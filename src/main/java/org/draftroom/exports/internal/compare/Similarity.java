package org.draftroom.exports.internal.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Text similarity for matching paragraphs across versions: Dice coefficient over character bigrams. */
final class Similarity {
    private Similarity() {
    }

    /** Text without spacing and without a leading paragraph number. */
    static String normal(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Set<Long> bigrams(String text) {
        String t = normal(text);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) out.add(((long) t.charAt(i) << 16) | t.charAt(i + 1));
        if (t.length() == 1) out.add((long) t.charAt(0));
        return out;
    }

    static double dice(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<Long> small = a.size() < b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long g : small) if (large.contains(g)) common++;
        return 2.0 * common / (a.size() + b.size());
    }

    /** Pairs the remaining pieces best-first while they are at least {@code threshold} alike. */
    static void greedy(List<Unit> a, List<Unit> b, List<Set<Long>> gramsA, List<Set<Long>> gramsB, int[] match,
                       Set<Integer> usedA, double threshold) {
        record Pair(int i, int j, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (match[j] >= 0) continue;
            for (int i = 0; i < a.size(); i++) {
                if (usedA.contains(i) || a.get(i).heading() != b.get(j).heading()) continue;
                double score = dice(gramsA.get(i), gramsB.get(j));
                if (score >= threshold) pairs.add(new Pair(i, j, score));
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        for (Pair p : pairs) {
            if (match[p.j()] >= 0 || usedA.contains(p.i())) continue;
            match[p.j()] = p.i();
            usedA.add(p.i());
        }
    }
}
