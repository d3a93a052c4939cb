package org.draftroom.exports.internal.pdf;

import java.util.List;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.render.XmlText;

/**
 * Writes the intermediate representation as XHTML: the input of the PDF renderer and the preview in the
 * UI. Insertions are underlined, deletions struck through, each change coloured by its author.
 */
public final class XhtmlWriter {
    private final boolean pagedMedia;
    private final String fontFamilies;

    /** @param pagedMedia add running header (symbol) and page numbers for print */
    public XhtmlWriter(boolean pagedMedia, String fontFamilies) {
        this.pagedMedia = pagedMedia;
        this.fontFamilies = fontFamilies;
    }

    public String document(Rendition rendition) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(rendition.language())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(rendition.title() == null ? "" : rendition.title())).append("</title><style>")
                .append(css()).append("</style></head><body>");
        boolean first = true;
        for (Rendition.Part part : rendition.parts()) {
            out.append(first ? "<div class=\"part\">" : "<div class=\"part next\">");
            first = false;
            part(part, out);
            out.append("</div>");
        }
        return out.append("</body></html>").toString();
    }

    /** Only the body markup, for embedding in a page. */
    public String fragment(Rendition rendition) {
        StringBuilder out = new StringBuilder();
        for (Rendition.Part part : rendition.parts()) part(part, out);
        return out.toString();
    }

    private String css() {
        String base = "body{font-family:" + fontFamilies + ";font-size:11pt;line-height:1.45;}"
                + ".hdr-right{text-align:right;margin:0;}.committee{font-size:14pt;font-weight:bold;margin-top:18pt;}"
                + ".session{margin:0;}.doc-title{font-size:13pt;font-weight:bold;margin:18pt 0 6pt 0;}"
                + ".annex{text-align:center;font-weight:bold;margin-top:12pt;}.prepared{margin-bottom:18pt;}"
                + "h2{font-size:11.5pt;font-weight:bold;margin:12pt 0 6pt 0;}p{margin:0 0 6pt 0;}"
                + ".lbl{display:inline-block;min-width:2.2em;}.l1{margin-left:2.2em;}.l2{margin-left:4.4em;}"
                + ".l3{margin-left:6.6em;}.footnote{font-size:9pt;}.statement{font-style:italic;}"
                + ".note{color:#444;}.attr{font-style:italic;color:#555;}.opinion{font-style:italic;color:#7a2e00;}"
                + "ins{text-decoration:underline;color:#0b5394;}del{text-decoration:line-through;color:#a61c00;}"
                + ".alt{border:1px solid #999;padding:4pt 8pt;margin:6pt 0;}.alt-caption{font-weight:bold;}"
                + "table{border-collapse:collapse;width:100%;margin:6pt 0;}td,th{border:1px solid #777;"
                + "padding:2pt 4pt;vertical-align:top;font-size:10pt;}th{background:#eee;}"
                + ".closing{text-align:center;margin-top:18pt;}.centered{text-align:center;}";
        if (!pagedMedia) return base;
        return base + "@page{size:A4;margin:22mm 20mm 20mm 20mm;@top-right{content:element(runninghead);}"
                + "@bottom-center{content:counter(page);font-size:9pt;}}"
                + ".runninghead{position:running(runninghead);font-size:9pt;}.next{page-break-before:always;}";
    }

    private void part(Rendition.Part part, StringBuilder out) {
        Rendition.HeaderBlock h = part.header();
        if (pagedMedia && h.symbol() != null) {
            out.append("<div class=\"runninghead\">").append(escape(h.symbol()))
                    .append(h.annexLabel() == null ? "" : " " + escape(h.annexLabel())).append("</div>");
        }
        line(out, "p", "hdr-right", h.symbol());
        line(out, "p", "hdr-right", h.originalLanguage());
        line(out, "p", "hdr-right", h.date());
        line(out, "p", "committee", h.committee());
        line(out, "p", "session", h.session());
        line(out, "p", "session", h.sessionDetail());
        line(out, "p", "annex", h.annexLabel());
        line(out, "p", "doc-title", h.title());
        line(out, "p", "prepared", h.preparedBy());
        nodes(part.body(), out);
        line(out, "p", "closing", part.closing());
    }

    private void nodes(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading hd -> {
                    out.append("<h2").append(id(hd.id())).append(">").append(escape(hd.label())).append(' ');
                    runs(hd.runs(), out);
                    out.append("</h2>");
                }
                case Node.Para p -> {
                    String cls = switch (p.kind()) {
                        case FOOTNOTE -> "footnote";
                        case STATEMENT -> "statement";
                        case NOTE -> "note";
                        case CENTERED -> "centered";
                        case PARAGRAPH, ITEM -> "";
                    };
                    out.append("<p").append(id(p.id())).append(" class=\"").append(cls)
                            .append(p.level() > 0 ? " l" + Math.min(p.level(), 3) : "").append("\">");
                    if (!p.label().isEmpty()) {
                        out.append("<span class=\"lbl\">").append(escape(p.label())).append("</span>");
                    }
                    runs(p.runs(), out);
                    out.append("</p>");
                }
                case Node.Alternative alt -> {
                    out.append("<div class=\"alt\"").append(id(alt.id())).append("><p class=\"alt-caption\">[")
                            .append(escape(alt.caption())).append("</p>");
                    nodes(alt.body(), out);
                    out.append("<p>");
                    runs(alt.trailer(), out);
                    out.append("]</p></div>");
                }
                case Node.Table t -> table(t, out);
            }
        }
    }

    private void table(Node.Table t, StringBuilder out) {
        out.append("<table").append(id(t.id())).append(">");
        for (Node.Row row : t.rows()) {
            out.append("<tr>");
            for (List<Run> cell : row.cells()) {
                out.append(row.header() ? "<th>" : "<td>");
                runs(cell, out);
                out.append(row.header() ? "</th>" : "</td>");
            }
            out.append("</tr>");
        }
        out.append("</table>");
    }

    private void runs(List<Run> runs, StringBuilder out) {
        for (Run run : runs) {
            switch (run) {
                case Run.Plain p -> out.append(escape(p.text()));
                case Run.Styled s -> {
                    switch (s.style()) {
                        case SUPERSCRIPT -> out.append("<sup>").append(escape(s.text())).append("</sup>");
                        case STRONG -> out.append("<b>").append(escape(s.text())).append("</b>");
                        case PLACEHOLDER -> out.append("<span class=\"placeholder\">").append(escape(s.text()))
                                .append("</span>");
                        case ATTRIBUTION -> out.append("<span class=\"attr\">").append(escape(s.text()))
                                .append("</span>");
                    }
                }
                case Run.Change c -> {
                    String tag = c.type() == Run.Type.INSERT ? "ins" : "del";
                    out.append('<').append(tag);
                    if (c.author() != null) out.append(" title=\"").append(escape(c.author().name())).append('"');
                    out.append('>');
                    runs(c.runs(), out);
                    out.append("</").append(tag).append('>');
                }
                case Run.Opinion o -> out.append("<span class=\"opinion\">").append(escape(o.text())).append("</span>");
            }
        }
    }

    private static void line(StringBuilder out, String tag, String cls, String text) {
        if (text == null || text.isBlank()) return;
        out.append('<').append(tag).append(" class=\"").append(cls).append("\">").append(escape(text))
                .append("</").append(tag).append('>');
    }

    private static String id(String id) {
        return id == null ? "" : " id=\"" + escape(id) + "\"";
    }

    private static String escape(String text) {
        return XmlText.escape(text);
    }
}
