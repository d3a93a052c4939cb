package org.draftroom.notation.internal.reading;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines PDF extraction broke mid-sentence back into blocks. A line starts a new block when it opens
 * with a structural marker (paragraph number, bullet, item letter, section letter, "[主席…", "名称：") or when
 * the line before it ended short of the page width; everything else continues the block before.
 */
final class BlockSplitter {
    static final Pattern SECTION = Pattern.compile("^([A-Z])\\.\\s*(\\S.{0,60})$");
    static final Pattern NUMBERED = Pattern.compile("^[\\[［]?\\s*(\\d{1,3})\\.\\s");
    static final Pattern BULLET = Pattern.compile("^[\\[［]?\\s*[•·●▪−\\uF0B7](\\s|$)|^[-–]\\s");
    static final Pattern ITEM = Pattern.compile("^[\\[［]?\\s*[（(]([a-z]|\\d{1,2}|[ivx]{1,5})[)）]");
    static final Pattern OPENER = Pattern.compile("^[\\[［]?\\s*(主席的替代案文|主席的建议|主席建议|批注\\s*\\[|Chair's|Option\\s+\\d|Alt\\.)");
    private static final String CONTINUATION = "：:，,。；;、）)]］】”’》」』.!?！？";

    /** A block of source text, or the text of a footnote ({@code footnote > 0}). */
    record Raw(Span span, int footnote, int lineNo) {
        String text() {
            return span.text();
        }
    }

    private final NotationNames names;

    BlockSplitter(NotationNames names) {
        this.names = names;
    }

    List<Raw> split(List<PageText.Line> lines, boolean wrapped) {
        int full = wrapped ? fullWidth(lines) : Integer.MAX_VALUE;
        List<Raw> out = new ArrayList<>();
        Span current = null;
        int currentLine = 0;
        boolean previousFull = false;
        boolean previousWide = false;
        for (PageText.Line line : lines) {
            if (line.footnote() > 0) {
                if (current != null) out.add(new Raw(current, 0, currentLine));
                current = null;
                out.add(new Raw(line.span(), line.footnote(), line.lineNo()));
                previousFull = false;
                continue;
            }
            String text = line.text();
            boolean joins = current != null && joins(current.text(), previousFull, previousWide, text);
            if (joins) {
                current = current.append(joiner(current.text(), text, line.span().offsetAt(0))).append(line.span());
            } else {
                if (current != null) out.add(new Raw(current, 0, currentLine));
                current = line.span();
                currentLine = line.lineNo();
            }
            int w = width(withoutRefs(text));
            previousFull = w >= full;
            previousWide = w >= full * 3 / 4;
        }
        if (current != null) out.add(new Raw(current, 0, currentLine));
        return out;
    }

    /** Latin words broken across lines get their space back; CJK text joins directly. */
    private static Span joiner(String before, String after, int offset) {
        if (before.isEmpty() || after.isEmpty()) return Span.of("", offset);
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        boolean latin = (Character.isLetterOrDigit(last) || ",.;:".indexOf(last) >= 0) && last < 0x2E80
                && Character.isLetterOrDigit(first) && first < 0x2E80;
        return latin ? Span.of(" ", offset) : Span.of("", offset);
    }

    /**
     * A marker or "名称：" always starts a block; a line opening with a name ("俄罗斯——…") does so unless the
     * line before ran to the page edge; punctuation at the start continues; a line that ran to the edge, or a
     * wide one that stopped mid-sentence (an indented quotation), continues into the next.
     */
    private boolean joins(String before, boolean previousFull, boolean previousWide, String text) {
        if (marker(text) || names.speakerPrefix(text) > 0) return false;
        String last = withoutRefs(before).strip();
        boolean terminal = !last.isEmpty() && TERMINAL.indexOf(last.charAt(last.length() - 1)) >= 0;
        if ((!previousFull || terminal) && names.actors(text, 0).isPresent()) return false;
        if (CONTINUATION.indexOf(text.charAt(0)) >= 0 || previousFull || openBracket(before)) return true;
        return previousWide && !terminal;
    }

    /** A square bracket still open at the end of the line: the passage goes on in the next one. */
    private static boolean openBracket(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '［' || c == '【') depth++;
            else if ((c == ']' || c == '］' || c == '】') && depth > 0) depth--;
        }
        return depth > 0 && !OPENER.matcher(text).find() && !NUMBERED.matcher(text).find();
    }

    private static final String TERMINAL = "。：:；;！？!?”」』]］】）)";

    private static boolean marker(String text) {
        return NUMBERED.matcher(text).find() || BULLET.matcher(text).find() || ITEM.matcher(text).find()
                || OPENER.matcher(text).find() || SECTION.matcher(text).matches() && !text.contains("。");
    }

    /** Lines count as running to the page edge when they are nearly as wide as the widest lines of the text. */
    private static int fullWidth(List<PageText.Line> lines) {
        int[] widths = lines.stream().filter(l -> l.footnote() == 0).mapToInt(l -> width(withoutRefs(l.text())))
                .sorted().toArray();
        if (widths.length < 8) return Integer.MAX_VALUE;
        int wide = widths[(int) (widths.length * 0.95)];
        long near = java.util.Arrays.stream(widths).filter(w -> w >= wide * 0.8).count();
        return near * 4 >= widths.length ? (int) (wide * 0.8) : Integer.MAX_VALUE;
    }

    private static final Pattern REFS = Pattern.compile(Span.REF_OPEN + "\\d+" + Span.REF_CLOSE);

    static String withoutRefs(String text) {
        return text.indexOf(Span.REF_OPEN) < 0 ? text : REFS.matcher(text).replaceAll("");
    }

    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= 0x2E80 && c <= 0xFFEF ? 2 : 1;
        }
        return w;
    }
}
