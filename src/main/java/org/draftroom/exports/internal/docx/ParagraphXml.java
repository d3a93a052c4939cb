package org.draftroom.exports.internal.docx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.render.XmlText;

/**
 * WordprocessingML for paragraphs and tables. Tracked changes are {@code <w:ins>}/{@code <w:del>} around
 * runs (deleted text in {@code w:delText}), with the delegation as {@code w:author}. Word does not nest
 * them, so an amendment inside a proposal is written with the innermost author.
 */
final class ParagraphXml {
    private final String date;
    private int changeId = 1;

    ParagraphXml(Instant date) {
        this.date = date.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    String para(Node.Para p) {
        int indent = 0;
        if (p.kind() == Node.Kind.ITEM || p.level() > 0) indent = 567 * Math.max(1, p.level());
        StringBuilder out = open(p.kind() == Node.Kind.CENTERED ? "center" : null, indent, 120);
        int size = p.kind() == Node.Kind.FOOTNOTE ? 18 : 0;
        if (!p.label().isEmpty()) text(out, p.label() + "\t", RunStyle.plain(size));
        boolean italic = p.kind() == Node.Kind.STATEMENT || p.kind() == Node.Kind.NOTE;
        runs(out, p.runs(), null, italic ? RunStyle.italic(size) : RunStyle.plain(size));
        return close(out);
    }

    String heading(Node.Heading h) {
        StringBuilder out = open(null, 0, 240);
        text(out, h.label() + " ", RunStyle.bold());
        runs(out, h.runs(), null, RunStyle.bold());
        return close(out);
    }

    String caption(String caption) {
        StringBuilder out = open(null, 0, 120);
        text(out, caption, RunStyle.bold());
        return close(out);
    }

    String trailer(List<Run> runs) {
        StringBuilder out = open(null, 0, 120);
        runs(out, runs, null, RunStyle.plain(0));
        text(out, "]", RunStyle.plain(0));
        return close(out);
    }

    String centered(String text) {
        return simple(text, "center", false, 22);
    }

    String simple(String text, String align, boolean bold, int halfPoints) {
        StringBuilder out = open(align, 0, 120);
        text(out, text, new RunStyle(bold, false, false, halfPoints, null));
        return close(out);
    }

    void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    String table(Node.Table table) {
        StringBuilder out = new StringBuilder("<w:tbl xmlns:w=\"").append(DocxWriter.W).append("\">");
        out.append("<w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[]{"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"777777\"/>");
        }
        out.append("</w:tblBorders></w:tblPr>");
        for (Node.Row row : table.rows()) {
            out.append("<w:tr>");
            for (List<Run> cell : row.cells()) {
                out.append("<w:tc><w:p>");
                runs(out, cell, null, row.header() ? RunStyle.bold() : RunStyle.plain(20));
                out.append("</w:p></w:tc>");
            }
            out.append("</w:tr>");
        }
        return out.append("</w:tbl>").toString();
    }

    private StringBuilder open(String align, int indentTwips, int afterTwips) {
        StringBuilder out = new StringBuilder(512).append("<w:p xmlns:w=\"").append(DocxWriter.W).append("\"><w:pPr>");
        out.append("<w:spacing w:after=\"").append(afterTwips).append("\"/>");
        if (indentTwips > 0) out.append("<w:ind w:left=\"").append(indentTwips).append("\"/>");
        if (align != null) out.append("<w:jc w:val=\"").append(align).append("\"/>");
        return out.append("</w:pPr>");
    }

    private static String close(StringBuilder out) {
        return out.append("</w:p>").toString();
    }

    /** Writes runs; {@code change} is the tracked change we are inside, if any. */
    private void runs(StringBuilder out, List<Run> runs, Run.Change change, RunStyle style) {
        for (Run run : runs) {
            switch (run) {
                case Run.Plain p -> changed(out, p.text(), change, style);
                case Run.Styled s -> changed(out, s.text(), change, switch (s.style()) {
                    case ATTRIBUTION -> style.attribution();
                    case SUPERSCRIPT -> style.superscript();
                    case STRONG -> style.strong();
                    case PLACEHOLDER -> style;
                });
                case Run.Opinion o -> changed(out, o.text(), change, style.opinion());
                case Run.Change c -> runs(out, c.runs(), c.author() == null && change != null ? change : c, style);
            }
        }
    }

    private void changed(StringBuilder out, String text, Run.Change change, RunStyle style) {
        if (text.isEmpty()) return;
        if (change == null) {
            text(out, text, style);
            return;
        }
        String tag = change.type() == Run.Type.INSERT ? "w:ins" : "w:del";
        String author = change.author() == null ? "Draftroom" : change.author().name();
        out.append('<').append(tag).append(" w:id=\"").append(changeId++).append("\" w:author=\"")
                .append(XmlText.escape(author)).append("\" w:date=\"").append(date).append("\">");
        out.append("<w:r>").append(style.rPr());
        String t = change.type() == Run.Type.INSERT ? "w:t" : "w:delText";
        out.append('<').append(t).append(" xml:space=\"preserve\">").append(XmlText.escape(text))
                .append("</").append(t).append("></w:r></").append(tag).append('>');
    }

    private static void text(StringBuilder out, String text, RunStyle style) {
        if (text.isEmpty()) return;
        out.append("<w:r>").append(style.rPr());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                if (i > start) {
                    out.append("<w:t xml:space=\"preserve\">").append(XmlText.escape(text.substring(start, i)))
                            .append("</w:t>");
                }
                if (i < text.length()) out.append("<w:tab/>");
                start = i + 1;
            }
        }
        out.append("</w:r>");
    }

    /** Character formatting of a run. */
    record RunStyle(boolean isBold, boolean isItalic, boolean isSuperscript, int halfPoints, String colour) {
        static RunStyle plain(int halfPoints) {
            return new RunStyle(false, false, false, halfPoints, null);
        }

        static RunStyle italic(int halfPoints) {
            return new RunStyle(false, true, false, halfPoints, null);
        }

        static RunStyle bold() {
            return new RunStyle(true, false, false, 0, null);
        }

        RunStyle attribution() {
            return new RunStyle(isBold, true, isSuperscript, halfPoints, "555555");
        }

        RunStyle opinion() {
            return new RunStyle(isBold, true, isSuperscript, halfPoints, "7A2E00");
        }

        RunStyle superscript() {
            return new RunStyle(isBold, isItalic, true, halfPoints, colour);
        }

        RunStyle strong() {
            return new RunStyle(true, isItalic, isSuperscript, halfPoints, colour);
        }

        String rPr() {
            if (!isBold && !isItalic && !isSuperscript && halfPoints == 0 && colour == null) return "";
            StringBuilder out = new StringBuilder("<w:rPr>");
            if (isBold) out.append("<w:b/>");
            if (isItalic) out.append("<w:i/>");
            if (colour != null) out.append("<w:color w:val=\"").append(colour).append("\"/>");
            if (halfPoints > 0) out.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
            if (isSuperscript) out.append("<w:vertAlign w:val=\"superscript\"/>");
            return out.append("</w:rPr>").toString();
        }
    }
}
