package org.draftroom.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision's stored body as the edit from the previous one, so history grows with the change and not with
 * the document. The delta is a list of operations over the previous body: {@code c<offset>,<length>;} copies a
 * run of it, {@code i<length>:<text>} inserts new text (lengths in UTF-16 units). Linear in the body's size: the
 * common prefix and suffix are cut first, and what lies between is matched in lines (ModelJson writes one
 * field a line, and a paragraph's text is one line), so edits in several places far apart still copy the long
 * unchanged stretches between them.
 */
final class BodyDelta {
    /** Middles shorter than this are sent as one insertion; matching pieces would not pay. */
    static final int MATCH_FROM = 4096;
    private static final String CUT = "\n";

    private BodyDelta() {
    }

    static String between(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) suffix++;
        // keep surrogate pairs whole on both cuts, so no piece starts or ends inside a character
        if (prefix > 0 && Character.isHighSurrogate(after.charAt(prefix - 1))) prefix--;
        if (suffix > 0 && Character.isLowSurrogate(after.charAt(after.length() - suffix))) suffix--;
        Ops ops = new Ops();
        ops.copy(0, prefix);
        int oldEnd = before.length() - suffix;
        int newEnd = after.length() - suffix;
        if (oldEnd - prefix < MATCH_FROM || newEnd - prefix < MATCH_FROM) {
            ops.insert(after, prefix, newEnd);
        } else {
            matchPieces(before, prefix, oldEnd, after, prefix, newEnd, ops);
        }
        ops.copy(oldEnd, suffix);
        return ops.toString();
    }

    private static void matchPieces(String before, int oldFrom, int oldTo, String after, int newFrom, int newTo, Ops ops) {
        Map<String, Integer> pieces = new HashMap<>();
        for (int[] piece : pieces(before, oldFrom, oldTo)) {
            pieces.putIfAbsent(before.substring(piece[0], piece[1]), piece[0]);
        }
        for (int[] piece : pieces(after, newFrom, newTo)) {
            Integer at = pieces.get(after.substring(piece[0], piece[1]));
            if (at == null) ops.insert(after, piece[0], piece[1]);
            else ops.copy(at, piece[1] - piece[0]);
        }
    }

    /** [start, end) pieces of s between from and to, each starting at a line break (but the first). */
    private static List<int[]> pieces(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int next = s.indexOf(CUT, from + 1);
        while (next >= 0 && next < to) {
            out.add(new int[]{start, next});
            start = next;
            next = s.indexOf(CUT, next + 1);
        }
        out.add(new int[]{start, to});
        return out;
    }

    /** The body after the edit, from the body before it. Fails clearly on a delta that does not fit. */
    static String apply(String before, String delta) {
        StringBuilder out = new StringBuilder(before.length() + 64);
        int i = 0;
        try {
            while (i < delta.length()) {
                char op = delta.charAt(i);
                if (op == 'c') {
                    int comma = delta.indexOf(',', i);
                    int semi = delta.indexOf(';', comma);
                    int offset = Integer.parseInt(delta, i + 1, comma, 10);
                    int length = Integer.parseInt(delta, comma + 1, semi, 10);
                    out.append(before, offset, offset + length);
                    i = semi + 1;
                } else if (op == 'i') {
                    int colon = delta.indexOf(':', i);
                    int length = Integer.parseInt(delta, i + 1, colon, 10);
                    out.append(delta, colon + 1, colon + 1 + length);
                    i = colon + 1 + length;
                } else {
                    throw new IllegalStateException("unknown operation '" + op + "' at " + i);
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalStateException("damaged revision delta at " + i + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Merges neighbouring copies and insertions as they are added. */
    private static final class Ops {
        private final StringBuilder out = new StringBuilder();
        private int copyFrom = -1;
        private int copyLength;
        private final StringBuilder inserted = new StringBuilder();

        void copy(int from, int length) {
            if (length == 0) return;
            flushInsert();
            if (copyFrom >= 0 && copyFrom + copyLength == from) {
                copyLength += length;
                return;
            }
            flushCopy();
            copyFrom = from;
            copyLength = length;
        }

        void insert(String s, int from, int to) {
            if (to <= from) return;
            flushCopy();
            inserted.append(s, from, to);
        }

        private void flushCopy() {
            if (copyFrom >= 0) out.append('c').append(copyFrom).append(',').append(copyLength).append(';');
            copyFrom = -1;
            copyLength = 0;
        }

        private void flushInsert() {
            if (!inserted.isEmpty()) out.append('i').append(inserted.length()).append(':').append(inserted);
            inserted.setLength(0);
        }

        @Override
        public String toString() {
            flushCopy();
            flushInsert();
            return out.toString();
        }
    }
}
