package org.draftroom.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Differences between two sequences of symbols (ints) at a bounded cost, for every diff of user text: the room's
 * word diff of a submitted wording and the exports' track-changes compare of two versions. Plain Myers grows
 * with the square of the input: on a 1 MB wording it ran for minutes. {@link #stretch} drops the common start
 * and end, diffs a short middle exactly (with the caller's exact diff), a long one with Myers under two budgets,
 * and past them replaces the middle as a whole, so every path still turns a into b.
 */
public final class BoundedDiff {
    /** Replace a[aStart, aEnd) by b[bStart, bEnd). */
    public record Hunk(int aStart, int aEnd, int bStart, int bEnd) {
    }

    /**
     * Middles of up to {@code exactUpTo} symbols (both sides) go to the exact diff; longer ones get at most
     * {@code maxEdits} inserted or deleted symbols (memory grows with their square) and {@code maxSteps}
     * comparisons (time).
     */
    public record Budget(int exactUpTo, int maxEdits, long maxSteps) {
    }

    /** An exact diff of a[aFrom, aTo) and b[bFrom, bTo), hunks in the arrays' own positions (unused, may be null, when exactUpTo is 0). */
    @FunctionalInterface
    public interface Exact {
        List<Hunk> hunks(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo);
    }

    private BoundedDiff() {
    }

    /** The hunks turning a[aFrom, aTo) into b[bFrom, bTo), in the arrays' own positions, in order. */
    public static List<Hunk> stretch(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, Budget budget,
                                     Exact exact) {
        while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
            aFrom++;
            bFrom++;
        }
        while (aTo > aFrom && bTo > bFrom && a[aTo - 1] == b[bTo - 1]) {
            aTo--;
            bTo--;
        }
        if (aFrom == aTo && bFrom == bTo) return List.of();
        if (aFrom == aTo || bFrom == bTo) return List.of(new Hunk(aFrom, aTo, bFrom, bTo));
        if ((aTo - aFrom) + (bTo - bFrom) <= budget.exactUpTo()) return exact.hunks(a, aFrom, aTo, b, bFrom, bTo);
        List<Hunk> capped = hunks(a, aFrom, aTo, b, bFrom, bTo, budget.maxEdits(), budget.maxSteps());
        if (capped == null) return List.of(new Hunk(aFrom, aTo, bFrom, bTo));
        List<Hunk> out = new ArrayList<>(capped.size());
        for (Hunk h : capped) out.add(new Hunk(aFrom + h.aStart(), aFrom + h.aEnd(), bFrom + h.bStart(), bFrom + h.bEnd()));
        return out;
    }

    /** Each item as a small int, equal when their keys are equal (the map is shared by both sides): comparing costs nothing. */
    public static <T> int[] symbols(List<T> items, java.util.function.Function<T, ?> key, Map<Object, Integer> symbols) {
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = symbols.computeIfAbsent(key.apply(items.get(i)), k -> symbols.size());
        return out;
    }

    /**
     * Myers' shortest edit script with the two budgets; null past either (the caller replaces the whole stretch).
     * Hunks are relative to aFrom and bFrom.
     */
    static List<Hunk> hunks(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int maxEdits, long maxSteps) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int cap = Math.min(maxEdits, n + m);
        int off = cap + 1;
        int[] v = new int[2 * cap + 3];
        List<int[]> trace = new ArrayList<>();
        long steps = 0;
        for (int d = 0; d <= cap; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                int start = x;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                steps += 1 + x - start;
                v[off + k] = x;
                if (x >= n && y >= m) {
                    trace.add(slice(v, off, d));
                    return backtrack(trace, d, n, m);
                }
            }
            if (steps > maxSteps) return null;
            trace.add(slice(v, off, d));
        }
        return null;
    }

    private static int[] slice(int[] v, int off, int d) {
        int[] out = new int[2 * d + 1];
        System.arraycopy(v, off - d, out, 0, out.length);
        return out;
    }

    private static int at(int[] slice, int d, int k) {
        return slice[k + d];
    }

    /** Walks the saved frontiers back from (n, m), then groups the single edits into hunks between common runs. */
    private static List<Hunk> backtrack(List<int[]> trace, int depth, int n, int m) {
        int[] edits = new int[2 * depth]; // pairs: x, y where the edit starts; y < 0 marks a deletion at x
        int x = n;
        int y = m;
        for (int d = depth; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            boolean insertion = k == -d || (k != d && at(prev, d - 1, k - 1) < at(prev, d - 1, k + 1));
            int prevK = insertion ? k + 1 : k - 1;
            int prevX = at(prev, d - 1, prevK);
            int prevY = prevX - prevK;
            edits[2 * (d - 1)] = prevX;
            edits[2 * (d - 1) + 1] = insertion ? prevY : -1;
            x = prevX;
            y = prevY;
        }
        List<Hunk> out = new ArrayList<>();
        int i = 0; // next symbol of a, and of b, not yet placed
        int j = 0;
        int hunkA = -1;
        int hunkB = -1;
        for (int e = 0; e < depth; e++) {
            int ex = edits[2 * e];
            int ey = edits[2 * e + 1];
            int common = ex - i; // symbols kept unchanged before this edit
            if (common > 0 && hunkA >= 0) {
                out.add(new Hunk(hunkA, i, hunkB, j));
                hunkA = -1;
            }
            i += common;
            j += common;
            if (hunkA < 0) {
                hunkA = i;
                hunkB = j;
            }
            if (ey < 0) i++;
            else j++;
        }
        if (hunkA >= 0) out.add(new Hunk(hunkA, i, hunkB, j));
        return out;
    }
}
