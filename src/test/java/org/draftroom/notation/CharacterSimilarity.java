package org.draftroom.notation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * Character similarity of two texts after whitespace is removed and full-width and ASCII brackets are unified:
 * 2·matches / (|a| + |b|) over a Myers diff of the characters (the ratio difflib reports).
 */
final class CharacterSimilarity {
    private CharacterSimilarity() {
    }

    static String normal(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == 0x00A0 || c == 0x3000) return;
            out.appendCodePoint(switch (c) {
                case '［', '【' -> '[';
                case '］', '】' -> ']';
                case '（' -> '(';
                case '）' -> ')';
                default -> c;
            });
        });
        return out.toString();
    }

    static double ratio(String a, String b) {
        List<Integer> x = normal(a).codePoints().boxed().toList();
        List<Integer> y = normal(b).codePoints().boxed().toList();
        if (x.isEmpty() && y.isEmpty()) return 1.0;
        Patch<Integer> patch = DiffUtils.diff(x, y);
        int changedX = 0;
        for (AbstractDelta<Integer> d : patch.getDeltas()) changedX += d.getSource().size();
        int matches = x.size() - changedX;
        return 2.0 * matches / (x.size() + y.size());
    }

    /** The differing stretches, for a failure message. */
    static String differences(String a, String b, int max) {
        List<Integer> x = normal(a).codePoints().boxed().toList();
        List<Integer> y = normal(b).codePoints().boxed().toList();
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (AbstractDelta<Integer> d : DiffUtils.diff(x, y).getDeltas()) {
            if (n++ >= max) break;
            int at = d.getSource().getPosition();
            out.append(d.getType()).append(" @").append(at).append(" …")
                    .append(str(x.subList(Math.max(0, at - 12), at))).append("« -")
                    .append(str(d.getSource().getLines())).append(" +").append(str(d.getTarget().getLines()))
                    .append("\n");
        }
        return out.toString();
    }

    private static String str(List<Integer> cps) {
        StringBuilder s = new StringBuilder();
        cps.forEach(s::appendCodePoint);
        return s.toString();
    }
}
