package org.draftroom.exports.internal.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.BoundedDiff;

/**
 * Track-changes diff of two texts: by word for alphabetic scripts, by character for Chinese (and any other
 * ideographic script). Differences in spacing alone are ignored: PDF extraction puts spaces between Chinese
 * and digits at random ("2019 年 9 月" / "2019 年 9月"), and they are not changes anyone made.
 */
public final class TextDiff {
    private TextDiff() {
    }

    /** A token with the whitespace that followed it; tokens are equal when their cores are. */
    record Token(String core, String trailing) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && t.core.equals(core);
        }

        @Override
        public int hashCode() {
            return core.hashCode();
        }
    }

    /**
     * The compare's budget, the room's word diff's bounds: beyond 1,000 inserted or deleted tokens or 20 million
     * comparisons (about 50 ms) what is left between the common start and end shows as one deletion and one
     * insertion, instead of a diff that grows with the square of the text (a 1 MB paragraph took minutes).
     */
    static final BoundedDiff.Budget BUDGET = new BoundedDiff.Budget(0, 1_000, 20_000_000L);

    public static List<Run> diff(String before, String after, Author author) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        Map<Object, Integer> symbols = new HashMap<>();
        int[] sa = BoundedDiff.symbols(a, Token::core, symbols);
        int[] sb = BoundedDiff.symbols(b, Token::core, symbols);
        List<Run> out = new ArrayList<>();
        int bi = 0;
        for (BoundedDiff.Hunk h : BoundedDiff.stretch(sa, 0, sa.length, sb, 0, sb.length, BUDGET, null)) {
            out.add(Run.plain(join(b.subList(bi, h.bStart()))));
            bi = h.bEnd();
            if (h.aEnd() > h.aStart()) {
                out.add(new Run.Change(Run.Type.DELETE, author, null, List.of(Run.plain(join(a.subList(h.aStart(), h.aEnd()))))));
            }
            if (h.bEnd() > h.bStart()) {
                out.add(new Run.Change(Run.Type.INSERT, author, null, List.of(Run.plain(join(b.subList(h.bStart(), h.bEnd()))))));
            }
        }
        out.add(Run.plain(join(b.subList(bi, b.size()))));
        return out.stream().filter(r -> !(r instanceof Run.Plain p && p.text().isEmpty())).toList();
    }

    /** Whether two texts differ in more than spacing. */
    public static boolean differs(String before, String after) {
        return !tokens(before).equals(tokens(after));
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) && !ideographic(cp)) {
                while (i < n) {
                    int c = text.codePointAt(i);
                    // a figure stays one token through its separators: 1,463 and 8.2 change as a whole
                    boolean separatorInFigure = (c == ',' || c == '.') && i > start
                            && Character.isDigit(text.charAt(i - 1)) && i + 1 < n && Character.isDigit(text.charAt(i + 1));
                    if (!separatorInFigure && (!Character.isLetterOrDigit(c) || ideographic(c))) break;
                    i += Character.charCount(c);
                }
            } else {
                i += Character.charCount(cp);
            }
            String core = text.substring(start, i);
            int wsStart = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            out.add(new Token(core, text.substring(wsStart, i)));
        }
        return out;
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) out.append(t.core()).append(t.trailing());
        return out.toString();
    }
}
