package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' shortest edit script between two sequences of symbols (ints), with two budgets: at most
 * {@code maxEdits} inserted or deleted symbols (memory grows with their square) and at most {@code maxSteps}
 * comparisons (time). Past either budget it gives up (returns null) instead of growing with the square of
 * the input, and the caller replaces the whole stretch: plain Myers on a 1 MB wording ran for minutes.
 */
final class CappedDiff {
    /** Replace a[aStart, aEnd) by b[bStart, bEnd); indices relative to the sequences given. */
    record Hunk(int aStart, int aEnd, int bStart, int bEnd) {
    }

    private CappedDiff() {
    }

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
