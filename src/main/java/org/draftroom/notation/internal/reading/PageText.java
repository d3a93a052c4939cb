package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes what PDF extraction did to the page: footnote separators and the footnotes at the page foot become
 * footnote lines, footnote numbers on a line of their own become references in the line before, blank lines go.
 * Line breaks inside paragraphs are left for {@link BlockSplitter}.
 */
final class PageText {
    private static final Pattern SEPARATOR = Pattern.compile("^(\\s{20,}|_{8,}|-{8,})$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*$");

    /** A logical source line; {@code footnote > 0} marks the text of footnote number {@code footnote}. */
    record Line(Span span, int footnote, int lineNo) {
        String text() {
            return span.text();
        }
    }

    private PageText() {
    }

    static List<Line> lines(Source source) {
        List<String> raw = source.lines();
        List<Line> out = new ArrayList<>();
        boolean inFootnotes = false;
        int footnote = 0;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            int start = source.lineStart(i);
            if (SEPARATOR.matcher(line).matches()) {
                inFootnotes = true;
                footnote = 0;
                continue;
            }
            if (line.isBlank()) continue;
            var number = NUMBER.matcher(line);
            if (inFootnotes) {
                if (number.matches()) {
                    footnote = Integer.parseInt(number.group(1));
                    continue;
                }
                if (footnote > 0 && line.startsWith("  ")) {
                    out.add(new Line(Span.of(line, start).strip(), footnote, i + 1));
                    footnote = 0;
                    continue;
                }
                inFootnotes = false;
            }
            if (number.matches() && !out.isEmpty() && out.getLast().footnote() == 0) {
                Line last = out.removeLast();
                String ref = ref(number.group(1));
                int at = start + number.start(1);
                int[] offsets = new int[ref.length()];
                java.util.Arrays.fill(offsets, at);
                out.add(new Line(last.span().append(new Span(ref, offsets)), 0, last.lineNo()));
                continue;
            }
            out.add(new Line(Span.of(line, start).strip(), 0, i + 1));
        }
        return out;
    }

    static String ref(String digits) {
        return Span.REF_OPEN + digits + Span.REF_CLOSE;
    }
}
