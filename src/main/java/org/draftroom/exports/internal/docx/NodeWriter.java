package org.draftroom.exports.internal.docx;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;

/** Writes the nodes of a part into the body, each block proposal as its {@link ReviewPlan} decided. */
final class NodeWriter {
    private final DocxWriter.Body b;

    NodeWriter(DocxWriter.Body body) {
        this.b = body;
    }

    void nodes(List<Node> nodes, ParagraphXml.Whole whole) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> {
                    List<Run> runs = new ArrayList<>();
                    if (!h.label().isEmpty()) runs.add(Run.plain(h.label() + " "));
                    runs.addAll(h.runs());
                    b.add(b.xml.paragraph("Heading1", null, "", runs, ParagraphXml.RunStyle.PLAIN, whole, null), h.id());
                }
                case Node.Para p -> para(p, whole);
                case Node.Alternative a -> alternative(a, whole);
                case Node.Table t -> b.add(table(t, whole), t.id());
            }
        }
    }

    private void para(Node.Para p, ParagraphXml.Whole whole) {
        if (p.kind() == Node.Kind.FOOTNOTE || b.plan.omitted().contains(p.id())) return;
        ParagraphXml.Whole w = whole != null ? whole : b.plan.deleted().get(p.id());
        if (b.review && p.kind() == Node.Kind.STATEMENT) {
            Lead lead = Lead.of(p.runs());
            b.commentOn(null, lead.name(), b.xml.date(p.id()), Run.text(lead.rest()));
            return;
        }
        if (b.review && p.kind() == Node.Kind.NOTE && note(p, w)) return;
        b.paras.put(p.id(), p);
        b.add(b.xml.paragraph(style(p), null, p.label(), p.runs(), ParagraphXml.RunStyle.PLAIN, w, null), p.id());
    }

    private static String style(Node.Para p) {
        return switch (p.kind()) {
            case PARAGRAPH -> p.level() > 0 ? listStyle(p.level()) : p.label().isEmpty() ? "Normal" : "NumberedParagraph";
            case ITEM -> listStyle(p.level());
            case FOOTNOTE -> "FootnoteText";
            case STATEMENT, NOTE -> "Note";
            case CENTERED -> "Centered";
        };
    }

    private static String listStyle(int level) {
        return "ListItem" + Math.min(DocxStyles.LIST_LEVELS, Math.max(1, level));
    }

    /** A block proposal shown as a note: new wording inserted, a deletion of named paragraphs, or a comment. */
    private boolean note(Node.Para p, ParagraphXml.Whole whole) {
        ReviewFacts.BlockProposal bp = b.plan.treatment(p.id()) == null ? null : b.xml.facts().block(p.id());
        if (bp == null) return false;
        Lead lead = Lead.of(p.runs());
        String proposalId = bp.proposal().id();
        switch (b.plan.treatment(p.id())) {
            case INSERTED, AGREED -> {
                boolean agreed = b.plan.treatment(p.id()) == ReviewPlan.Treatment.AGREED;
                ParagraphXml.Whole w = agreed ? whole : new ParagraphXml.Whole(Run.Type.INSERT, bp.author(), proposalId);
                // new wording for one paragraph or item stands where it stood: same style, same number or marker
                List<String> targets = bp.proposal().targetIds();
                Node.Para replaced = targets.size() == 1 ? b.paras.get(targets.getFirst()) : null;
                boolean item = bp.proposal().kind() == org.draftroom.negotiation.ProposalKind.ADD_ITEM;
                String style = replaced != null ? style(replaced) : item ? listStyle(p.level()) : "Normal";
                String label = replaced != null ? replaced.label() : item ? p.label() : "";
                b.add(b.xml.paragraph(style, null, label, lead.rest(), ParagraphXml.RunStyle.PLAIN, w, null), p.id());
                if (!agreed) b.commentOn(p.id(), bp.author().name(), b.xml.date(proposalId), lead.text());
            }
            case DELETES_TARGETS -> comments(bp.proposal().targetIds().getLast(), bp.author(), proposalId, p.runs(), "");
            case COMMENT -> comments(null, bp.author(), proposalId, p.runs(), "");
            case COMPETING -> comments(null, bp.author(), proposalId, p.runs(), Wording.competing(b.xml.language()));
        }
        return true;
    }

    private void alternative(Node.Alternative a, ParagraphXml.Whole whole) {
        ReviewPlan.Treatment treatment = b.review ? b.plan.treatment(a.id()) : null;
        ReviewFacts.BlockProposal bp = b.xml.facts().block(a.id());
        String proposalId = bp == null ? null : bp.proposal().id();
        if (treatment == null) {
            if (b.review) treatment = ReviewPlan.Treatment.INSERTED;
            else {
                b.add(b.xml.paragraph("Heading2", null, "", List.of(Run.plain("[" + a.caption())), ParagraphXml.RunStyle.PLAIN, whole, null), null);
                nodes(a.body(), whole);
                List<Run> trailer = new ArrayList<>(a.trailer());
                trailer.add(Run.plain("]"));
                b.add(b.xml.paragraph("Normal", null, "", trailer, ParagraphXml.RunStyle.PLAIN, whole, null), null);
                return;
            }
        }
        switch (treatment) {
            case INSERTED, AGREED, DELETES_TARGETS -> {
                boolean agreed = treatment == ReviewPlan.Treatment.AGREED;
                ParagraphXml.Whole w = agreed || whole != null ? whole : new ParagraphXml.Whole(Run.Type.INSERT, a.author(), proposalId);
                int first = b.out.size();
                nodes(a.body(), w);
                if (DocxWriter.runsChange(a.trailer())) {
                    b.add(b.xml.paragraph("Note", null, "", a.trailer(), ParagraphXml.RunStyle.ITALIC, w, null), null);
                }
                String anchor = first < b.out.size() ? a.id() + "#first" : null;
                if (anchor != null) b.byId.put(anchor, b.out.get(first));
                if (!agreed) b.commentOn(anchor, a.author().name(), b.xml.date(proposalId), a.caption());
                if (!DocxWriter.runsChange(a.trailer())) comments(anchor, a.author(), proposalId, a.trailer(), "");
            }
            case COMMENT, COMPETING -> {
                StringBuilder text = new StringBuilder(a.caption()).append(b.xml.colon());
                for (Node node : a.body()) text.append(plain(node)).append('\n');
                if (treatment == ReviewPlan.Treatment.COMPETING) text.append(Wording.competing(b.xml.language()));
                b.commentOn(null, a.author().name(), b.xml.date(proposalId), text.toString().strip());
                comments(null, a.author(), proposalId, a.trailer(), "");
            }
        }
    }

    private static String plain(Node node) {
        return switch (node) {
            case Node.Para p -> (p.label().isEmpty() ? "" : p.label() + " ") + Run.text(p.runs());
            case Node.Heading h -> h.label() + " " + Run.text(h.runs());
            case Node.Alternative a -> a.caption() + " " + String.join(" ", a.body().stream().map(NodeWriter::plain).toList());
            case Node.Table t -> String.join(" ", t.rows().stream().flatMap(r -> r.cells().stream()).map(Run::text).toList());
        };
    }

    /** Runs said as comments: each position by its holder, the rest as one comment by the proposer. */
    private void comments(String anchor, Author author, String proposalId, List<Run> runs, String suffix) {
        StringBuilder text = new StringBuilder();
        List<Run.Opinion> opinions = new ArrayList<>();
        for (Run run : runs) {
            if (run instanceof Run.Opinion o) opinions.add(o);
            else text.append(Run.text(List.of(run)));
        }
        String words = Comments.unbracket(text.toString()) + suffix;
        if (!words.isBlank()) b.commentOn(anchor, author.name(), b.xml.date(proposalId), words);
        for (Run.Opinion o : opinions) {
            b.commentOn(anchor, o.author().name(), b.xml.date(proposalId), Comments.unbracket(o.text()));
        }
    }

    private StringBuilder table(Node.Table table, ParagraphXml.Whole whole) {
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        int width = 9354 / Math.max(1, columns);
        StringBuilder out = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[]{"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"777777\"/>");
        }
        out.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int i = 0; i < columns; i++) out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        out.append("</w:tblGrid>");
        for (Node.Row row : table.rows()) {
            out.append("<w:tr>");
            for (List<Run> cell : row.cells()) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>")
                        .append(b.xml.paragraph("Normal", null, "", cell,
                                row.header() ? ParagraphXml.RunStyle.BOLD : ParagraphXml.RunStyle.PLAIN, whole, null))
                        .append("</w:tc>");
            }
            for (int i = row.cells().size(); i < columns; i++) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>");
            }
            out.append("</w:tr>");
        }
        return out.append("</w:tbl>");
    }

    /** A note's or statement's leading attribution ("俄罗斯：", "美国：建议新措辞：") and what follows it. */
    record Lead(String text, List<Run> rest) {
        static Lead of(List<Run> runs) {
            StringBuilder lead = new StringBuilder();
            int i = 0;
            while (i < runs.size() && runs.get(i) instanceof Run.Styled s && s.style() == Run.Style.ATTRIBUTION) {
                lead.append(s.text());
                i++;
            }
            return new Lead(lead.toString().strip(), runs.subList(i, runs.size()));
        }

        /** The name the lead-in gives: up to its first colon. */
        String name() {
            int colon = text.indexOf('：') >= 0 ? text.indexOf('：') : text.indexOf(':');
            return (colon < 0 ? text : text.substring(0, colon)).strip();
        }
    }
}
