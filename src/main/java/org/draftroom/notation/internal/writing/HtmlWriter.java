package org.draftroom.notation.internal.writing;

import org.draftroom.notation.internal.reading.NotationNames;

import org.springframework.web.util.HtmlUtils;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Text;
import org.draftroom.notation.HtmlOptions;

/**
 * The marked-up view as HTML: insertions underlined, deletions struck through, each delegation in its own colour,
 * positions listed with each proposal, ids in data attributes so a view can anchor and jump. Every piece of
 * text is escaped, so hostile input stays inert.
 */
public final class HtmlWriter {
    private static final String STYLE = """
            .dr-doc{font-family:serif;line-height:1.6}.dr-proposal{border-left:3px solid var(--dr-c,#555);\
            padding-left:2px}.dr-proposal ins{text-decoration:underline;color:var(--dr-c,#000)}\
            .dr-proposal del{text-decoration:line-through}.dr-by{font-weight:bold;color:var(--dr-c,#000)}\
            .dr-positions{font-size:90%;margin-left:.3em}.dr-position{margin-right:.4em}\
            .dr-bracketed{background:#f3f3f3}.dr-footnote{font-size:85%}.dr-statement{font-style:italic}""";

    private final NotationNames names;
    private Numbering numbering;
    private String language;

    public HtmlWriter(NotationNames names) {
        this.names = names;
    }

    public String write(NegotiationDocument doc, HtmlOptions options) {
        numbering = Numbering.of(doc);
        language = "zh".equals(doc.header().language()) ? "zh" : "en";
        StringBuilder out = new StringBuilder();
        if (options.standalone()) {
            out.append("<!DOCTYPE html><html lang=\"").append(esc(doc.header().language())).append("\"><head>")
                    .append("<meta charset=\"utf-8\"><title>").append(esc(doc.header().title()))
                    .append("</title><style>").append(STYLE).append("</style></head><body>");
        }
        out.append("<article class=\"dr-doc\" lang=\"").append(esc(doc.header().language()))
                .append("\" data-document-id=\"").append(esc(doc.id())).append("\"><header class=\"dr-header\">");
        StringBuilder header = new StringBuilder();
        MarkedWriter.header(doc.header(), language.equals("zh"), header);
        for (String line : header.toString().split("\n\n")) {
            if (!line.isBlank()) out.append("<p>").append(esc(line)).append("</p>");
        }
        out.append("</header>");
        blocks(doc.preamble(), out, options);
        for (int i = 0; i < doc.sections().size(); i++) {
            Section s = doc.sections().get(i);
            out.append("<section data-section-id=\"").append(esc(s.id())).append("\"><h2>")
                    .append(Numbering.sectionLabel(i)).append(". ").append(inlines(s.heading(), options))
                    .append("</h2>");
            blocks(s.blocks(), out, options);
            out.append("</section>");
        }
        out.append("</article>");
        if (options.standalone()) out.append("</body></html>");
        return out.toString();
    }

    private void blocks(List<Block> blocks, StringBuilder out, HtmlOptions options) {
        Map<Item.Marker, Integer> counters = new EnumMap<>(Item.Marker.class);
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> {
                    out.append("<p class=\"dr-para\" data-paragraph-id=\"").append(esc(p.id())).append("\">");
                    if (p.numbered()) out.append("<span class=\"dr-num\">").append(numbering.paragraph(p.id()))
                            .append(".</span> ");
                    out.append(bracketed(inlines(p.content(), options), p.bracketed())).append("</p>");
                    if (!p.items().isEmpty()) {
                        out.append("<div class=\"dr-items\">");
                        blocks(p.items(), out, options);
                        out.append("</div>");
                    }
                }
                case Item i -> {
                    int index = counters.merge(i.marker(), 1, Integer::sum) - 1;
                    out.append("<p class=\"dr-item\" data-paragraph-id=\"").append(esc(i.id())).append("\">")
                            .append(esc(MarkedWriter.marker(i.marker(), index)))
                            .append(bracketed(inlines(i.content(), options), i.bracketed())).append("</p>");
                    blocks(i.items(), out, options);
                }
                case Footnote f -> out.append("<p class=\"dr-footnote\" id=\"fn-").append(esc(f.id())).append("\">")
                        .append("<sup>").append(numbering.footnote(f.id())).append("</sup> ")
                        .append(inlines(f.content(), options)).append("</p>");
                case Statement s -> out.append("<p class=\"dr-statement\" data-paragraph-id=\"").append(esc(s.id()))
                        .append("\"").append(colour(s.actors())).append(">").append(by(s.actors(), s.notation()))
                        .append(language.equals("zh") ? "：" : ": ").append(inlines(s.text(), options)).append("</p>");
                case ProposalBlock pb -> {
                    out.append("<div class=\"dr-block-proposal\" data-paragraph-id=\"").append(esc(pb.id()))
                            .append("\">").append(proposal(pb.proposal(), options));
                    if (!pb.proposal().blocks().isEmpty()) blocks(pb.proposal().blocks(), out, options);
                    out.append("</div>");
                }
            }
        }
    }

    private String inlines(List<Inline> inlines, HtmlOptions options) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.append(esc(t.text()));
                case FootnoteRef ref -> out.append("<sup><a href=\"#fn-").append(esc(ref.footnoteId())).append("\">")
                        .append(numbering.footnote(ref.footnoteId())).append("</a></sup>");
                case Placeholder ph -> out.append("<span class=\"dr-placeholder\">{").append(esc(ph.name()))
                        .append("}</span>");
                case Proposal p -> out.append(proposal(p, options));
            }
        }
        return out.toString();
    }

    private String proposal(Proposal p, HtmlOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("<span class=\"dr-proposal dr-kind-").append(esc(p.kind().wire())).append(" dr-status-")
                .append(esc(p.status().wire())).append("\" data-proposal-id=\"").append(esc(p.id())).append("\"")
                .append(colour(p.actors())).append(">[");
        if (p.label() != null) out.append("<span class=\"dr-label\" dir=\"auto\">").append(esc(p.label())).append(":</span> ");
        String target = inlines(p.target(), options);
        String text = inlines(p.text(), options);
        out.append(switch (p.kind()) { // an expression: a new kind is a compile error here
            case DELETE, EXCLUDE -> "<del>" + target + "</del>";
            case REPLACE -> "<del>" + target + "</del><ins>" + text + "</ins>";
            case BRACKETED -> target + text;
            case RETAIN, REQUEST_BRACKETS -> target;
            case INSERT, REWRITE, ADD_ITEM, MOVE, CHAIR_ALTERNATIVE, CHAIR_SUGGESTION ->
                    (target.isEmpty() ? "" : "<del>" + target + "</del>") + (text.isEmpty() ? "" : "<ins>" + text + "</ins>");
        });
        if (p.kind() != org.draftroom.negotiation.ProposalKind.DELETE && !target.isEmpty() && !text.isEmpty()
                && p.kind() != org.draftroom.negotiation.ProposalKind.REPLACE) {
            out.append(" ");
        }
        if (p.destination() != null) out.append(" → ").append(esc(numbering.destination(p.destination(), language)));
        if (p.actors().attributed()) {
            out.append(" <span class=\"dr-act\">").append(esc(p.kind().wire())).append("</span> ").append(by(p.actors(), p.notation()));
        }
        out.append("]");
        for (Proposal nested : p.proposals()) out.append(proposal(nested, options));
        if (options.positions() && !p.positions().isEmpty()) {
            out.append("<span class=\"dr-positions\">");
            for (Position pos : p.positions()) {
                out.append("<span class=\"dr-position dr-stance-").append(esc(pos.stance().wire()))
                        .append("\" data-position-id=\"").append(esc(pos.id())).append("\"").append(colour(pos.actors()))
                        .append(">").append(by(pos.actors(), pos.notation())).append(" ").append(esc(pos.stance().wire()));
                if (pos.agreesWith() != null) out.append(" ").append(by(new Actors(List.of(pos.agreesWith()), null), null));
                if (pos.text() != null && !pos.text().isEmpty()) out.append(": <bdi>").append(esc(pos.text())).append("</bdi>");
                out.append("</span>");
            }
            out.append("</span>");
        }
        out.append("</span>");
        return out.toString();
    }

    /** The names, as the source spelled them when the hint has the spellings ("阿联酋"). */
    private String by(Actors actors, org.draftroom.negotiation.Notation hint) {
        List<String> spellings = hint == null ? List.of() : hint.spellings();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < actors.by().size(); i++) {
            if (!out.isEmpty()) out.append(language.equals("zh") ? "、" : "/");
            out.append(name(actors.by().get(i), i < spellings.size() ? spellings.get(i) : null));
        }
        if (actors.onBehalfOf() != null) {
            int g = actors.by().size();
            out.append(language.equals("zh") ? "代表" : " on behalf of ")
                    .append(name(actors.onBehalfOf(), g < spellings.size() ? spellings.get(g) : null));
        }
        return out.toString();
    }

    private String name(String id, String spelling) {
        // dir="auto" isolates the name (HTML's [dir] rule): right-to-left or override characters in a spelling taken
        // from the source cannot reorder the act or stance label beside it
        return "<span class=\"dr-by\" dir=\"auto\" data-delegation=\"" + esc(id) + "\" style=\"--dr-c:"
                + esc(names.registry().colour(id)) + "\">" + esc(names.display(id, spelling, language)) + "</span>";
    }

    private String colour(Actors actors) {
        if (!actors.attributed()) return "";
        return " style=\"--dr-c:" + esc(names.registry().colour(actors.by().getFirst())) + "\"";
    }

    private static String bracketed(String html, boolean bracketed) {
        return bracketed ? "<span class=\"dr-bracketed\">[" + html + "]</span>" : html;
    }

    /** The five characters that matter in UTF-8 HTML text and attributes (Spring's escaper, not a copy). */
    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
