package org.draftroom.notation.internal.reading;

/**
 * "：建议将第 6 段移至 D节。" read by hand, in one pass: what the pattern
 * {@code ^([：:])(\s*建议将)(.+?)(移至)\s*(\S[^。]*?)(。?)$} matches, with the same groups. The pattern tried
 * every "移至" and rescanned the rest of the line after each: "建议将" followed by 32,000 × "移至" took 30 s.
 */
final class MoveSentence {
    private MoveSentence() {
    }

    /** The six groups of the pattern, or null when it does not match. */
    static String[] groups(String t) {
        int len = t.length();
        if (len == 0 || (t.charAt(0) != '：' && t.charAt(0) != ':')) return null;
        int i = 1;
        while (i < len && space(t.charAt(i))) i++;
        if (!t.startsWith("建议将", i)) return null;
        int what = i + 3;
        // the words moved (group 3) are one or more characters of one line
        int lineEnd = what;
        while (lineEnd < len && !lineTerminator(t.charAt(lineEnd))) lineEnd++;
        // the destination (group 5) starts with a non-space and has no "。" after its first character but a final one
        int lastStop = t.lastIndexOf('。');
        int innerStop = lastStop == len - 1 ? t.lastIndexOf('。', len - 2) : lastStop;
        if (len >= 1 && endsWithLineTerminator(t)) return null; // never in a block's flat text; keep the pattern's answer simple
        for (int p = t.indexOf("移至", what + 1); p >= 0 && p <= lineEnd; p = t.indexOf("移至", p + 1)) {
            int q = p + 2;
            while (q < len && space(t.charAt(q))) q++;
            if (q >= len) return null; // a later "移至" would leave even less
            if (innerStop > q) continue;
            boolean finalStop = t.charAt(len - 1) == '。' && len - 1 > q;
            String destination = t.substring(q, finalStop ? len - 1 : len);
            return new String[]{t.substring(0, 1), t.substring(1, what), t.substring(what, p), "移至", destination,
                    finalStop ? "。" : ""};
        }
        return null;
    }

    /** {@code \s} of java.util.regex: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean endsWithLineTerminator(String t) {
        return lineTerminator(t.charAt(t.length() - 1));
    }
}
