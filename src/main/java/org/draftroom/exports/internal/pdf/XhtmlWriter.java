package org.draftroom.exports.internal.pdf;

import java.util.List;

import org.draftroom.exports.internal.render.Labels;
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
    private AuthorColours colours = new AuthorColours();
    private Labels labels = Labels.of("en");
    private int headings;

    /** @param pagedMedia add running header (symbol) and page numbers for print */
    public XhtmlWriter(boolean pagedMedia, String fontFamilies) {
        this.pagedMedia = pagedMedia;
        this.fontFamilies = fontFamilies;
    }

    public String document(Rendition rendition) {
        start(rendition);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(rendition.language())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(rendition.title() == null ? "" : rendition.title())).append("</title><style>")
                .append(css()).append(colours.css()).append("</style>");
        if (pagedMedia) {
            // PDF/UA asks for a description; the subject is the symbol, as Word's document properties say it
            Rendition.HeaderBlock h = rendition.parts().isEmpty() ? null : rendition.parts().getFirst().header();
            String symbol = h == null || h.symbol() == null ? "" : h.symbol().trim()
                    + (h.annexLabel() == null ? "" : " " + h.annexLabel());
            String title = rendition.title() == null ? "" : rendition.title();
            out.append("<meta name=\"subject\" content=\"").append(escape(symbol)).append("\"/>")
                    .append("<meta name=\"description\" content=\"").append(escape((symbol + " " + title).trim()))
                    .append("\"/>");
            bookmarks(rendition, out);
        }
        out.append("</head><body>");
        headings = 0;
        int n = 0;
        for (Rendition.Part part : rendition.parts()) {
            out.append("<div id=\"part-").append(n).append(n == 0 ? "\" class=\"part\">" : "\" class=\"part next\">");
            n++;
            part(part, out);
            out.append("</div>");
        }
        return out.append("</body></html>").toString();
    }

    /** Only the body markup, for embedding in a page. */
    public String fragment(Rendition rendition) {
        start(rendition);
        StringBuilder out = new StringBuilder();
        if (colours.any()) out.append("<style>").append(colours.css()).append("</style>");
        for (Rendition.Part part : rendition.parts()) part(part, out);
        return out.toString();
    }

    private void start(Rendition rendition) {
        colours = AuthorColours.of(rendition);
        labels = Labels.of(rendition.language());
        headings = 0;
    }

    /** The PDF outline: a part (when there are several) and its sections, pointing at their anchors. */
    private void bookmarks(Rendition rendition, StringBuilder out) {
        out.append("<bookmarks>");
        int n = 0;
        int heading = 0;
        boolean several = rendition.parts().size() > 1;
        for (Rendition.Part part : rendition.parts()) {
            Rendition.HeaderBlock h = part.header();
            String name = h.annexLabel() != null ? h.annexLabel() + " " + nullToEmpty(h.title()) : nullToEmpty(h.title());
            if (several) out.append("<bookmark name=\"").append(escape(name.isBlank() ? "—" : name.trim()))
                    .append("\" href=\"#part-").append(n).append("\">");
            for (Node node : part.body()) {
                if (node instanceof Node.Heading hd) {
                    out.append("<bookmark name=\"").append(escape(hd.label() + " " + Run.text(hd.runs())))
                            .append("\" href=\"#").append(escape(anchor(hd, heading++))).append("\"/>");
                }
            }
            if (several) out.append("</bookmark>");
            n++;
        }
        out.append("</bookmarks>");
    }

    private static String anchor(Node.Heading heading, int n) {
        return heading.id() != null ? heading.id() : "sec-" + n;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
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
                + ".legend{font-size:9.5pt;margin:0 0 12pt 0;}.key{margin-right:8pt;white-space:nowrap;}.swatch{font-size:8pt;}"
                + "sup.k{font-size:6.5pt;}"
                + ".alt{border:1px solid #999;padding:4pt 8pt;margin:6pt 0;}.alt-caption{font-weight:bold;}"
                + "table{border-collapse:collapse;width:100%;margin:6pt 0;}td,th{border:1px solid #777;"
                + "padding:2pt 4pt;vertical-align:top;font-size:10pt;}th{background:#eee;}"
                + ".closing{text-align:center;margin-top:18pt;}.centered{text-align:center;}";
        if (!pagedMedia) return base;
        // margin boxes do not inherit the body's fonts: without a family the page number fell back to an unembedded Times
        return base + "@page{size:A4;margin:22mm 20mm 20mm 20mm;@top-right{content:element(runninghead);}"
                + "@bottom-center{content:counter(page);font-size:9pt;font-family:" + fontFamilies + ";}}"
                // openhtmltopdf put the underline of a Chinese line about a line below the text, where it read as a
                // strike-through of the next line: it measures from the line height, so the insertion gets its own
                + "ins{line-height:1;}"
                // the header block names the symbol on page 1: the running head starts on page 2, on the right
                + "@page:first{@top-right{content:none;}}"
                + ".runninghead{position:running(runninghead);font-size:9pt;text-align:right;}"
                + ".next{page-break-before:always;}";
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
        if (colours.any()) out.append(colours.legend(labels.proposalsBy()));
        nodes(part.body(), out);
        line(out, "p", "closing", part.closing());
    }

    private void nodes(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading hd -> {
                    out.append("<h2").append(id(anchor(hd, headings++))).append(">").append(escape(hd.label())).append(' ');
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
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
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
                    int key = colours.key(c.author());
                    out.append('<').append(tag);
                    if (key > 0) out.append(" class=\"a").append(key).append('"');
                    if (c.author() != null) out.append(" title=\"").append(escape(c.author().name())).append('"');
                    out.append('>');
                    runs(c.runs(), out);
                    out.append("</").append(tag).append('>');
                    // the author's key after the change (a replacement's deletion and insertion share one), so that print in grey still says who
                    boolean sameProposalNext = i + 1 < runs.size() && runs.get(i + 1) instanceof Run.Change next
                            && next.proposalId() != null && next.proposalId().equals(c.proposalId());
                    if (key > 0 && !sameProposalNext) out.append("<sup class=\"k a").append(key).append("\">").append(key).append("</sup>");
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
