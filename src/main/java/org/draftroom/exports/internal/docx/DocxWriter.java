package org.draftroom.exports.internal.docx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.Run;

/**
 * Word documents from the intermediate representation, written as WordprocessingML parts ({@link DocxPackage}).
 * A rendition with tracked changes is written for Word's review tools ({@link ReviewPlan}): proposals are
 * changes by their delegation, dated when made, and everything said about them is a comment, so Reject All
 * gives the base text and Accept All the text with every proposal (of competing ones, the first) taken in.
 * Renditions without changes (house bracket notation, clean texts) are plain text in the same layout.
 */
public final class DocxWriter {
    private final ReviewFacts facts;

    /** @param facts when proposals were made and what block proposals do */
    public DocxWriter(ReviewFacts facts) {
        this.facts = facts;
    }

    /** Without history: every change dated {@code changeDate} (comparisons, revised tables, tests). */
    public DocxWriter(Instant changeDate) {
        this(ReviewFacts.undated(changeDate));
    }

    public byte[] write(Rendition rendition) {
        boolean review = rendition.parts().stream().anyMatch(part -> hasChanges(part.body()));
        Comments comments = new Comments(Wording.secretariat(rendition.language()));
        ParagraphXml.Ids ids = new ParagraphXml.Ids();
        ParagraphXml xml = new ParagraphXml(ids, facts, comments, review, rendition.language());
        Body body = new Body(xml, comments, ids, review);
        StringBuilder footnotes = new StringBuilder();
        int footnoteId = 1;
        boolean first = true;
        for (Rendition.Part part : rendition.parts()) {
            if (!first) body.out.add(new StringBuilder("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"));
            first = false;
            Map<String, Integer> numbers = new LinkedHashMap<>();
            Map<String, Node.Para> notes = new LinkedHashMap<>();
            collectFootnotes(part.body(), notes);
            for (String number : notes.keySet()) numbers.put(number, footnoteId++);
            xml.footnotes(numbers);
            for (Map.Entry<String, Node.Para> note : notes.entrySet()) {
                int id = numbers.get(note.getKey());
                footnotes.append("<w:footnote w:id=\"").append(id).append("\">")
                        .append(xml.paragraph("FootnoteText", null, "", note.getValue().runs(), ParagraphXml.RunStyle.PLAIN, null,
                                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"))
                        .append("</w:footnote>");
            }
            header(body, xml, part.header());
            body.plan = review ? ReviewPlan.of(part.body(), facts) : ReviewPlan.NONE;
            body.nodes(part.body(), null);
            if (part.closing() != null) body.add(xml.paragraph("Centered", null, "", List.of(Run.plain(part.closing())),
                    ParagraphXml.RunStyle.PLAIN, null, null), null);
        }
        StringBuilder all = new StringBuilder(body.out.stream().mapToInt(StringBuilder::length).sum() + 1024);
        body.out.forEach(all::append);
        return DocxPackage.zip(rendition, all.toString(), comments, footnotes.toString());
    }

    /** Page 1: symbol top right, original language and date under it, committee, session, title, by whom. */
    private static void header(Body body, ParagraphXml xml, Rendition.HeaderBlock h) {
        line(body, xml, "Symbol", h.symbol());
        line(body, xml, "HeaderLine", h.originalLanguage());
        line(body, xml, "HeaderLine", h.date());
        line(body, xml, "Committee", h.committee());
        line(body, xml, "Session", h.session());
        line(body, xml, "Session", h.sessionDetail());
        line(body, xml, "AnnexLabel", h.annexLabel());
        line(body, xml, "Title", h.title());
        line(body, xml, "PreparedBy", h.preparedBy());
    }

    private static void line(Body body, ParagraphXml xml, String style, String text) {
        if (text == null || text.isBlank()) return;
        body.add(xml.paragraph(style, null, "", List.of(Run.plain(text)), ParagraphXml.RunStyle.PLAIN, null, null), null);
    }

    private static void collectFootnotes(List<Node> nodes, Map<String, Node.Para> out) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Para p -> {
                    if (p.kind() == Node.Kind.FOOTNOTE && !p.label().isEmpty()) out.putIfAbsent(p.label(), p);
                }
                case Node.Alternative a -> collectFootnotes(a.body(), out);
                case Node.Heading h -> { }
                case Node.Table t -> { }
            }
        }
    }

    static boolean hasChanges(List<Node> nodes) {
        for (Node node : nodes) {
            boolean changed = switch (node) {
                case Node.Para p -> runsChange(p.runs());
                case Node.Heading h -> runsChange(h.runs());
                case Node.Alternative a -> hasChanges(a.body()) || runsChange(a.trailer());
                case Node.Table t -> t.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(DocxWriter::runsChange);
            };
            if (changed) return true;
        }
        return false;
    }

    static boolean runsChange(List<Run> runs) {
        return runs.stream().anyMatch(r -> r instanceof Run.Change);
    }

    /** The body being written: paragraphs in order, and by model id, so later comments can anchor on them. */
    static final class Body {
        final List<StringBuilder> out = new ArrayList<>();
        final Map<String, StringBuilder> byId = new HashMap<>();
        /** Paragraphs written, by model id, so new wording for one of them can take its style and number. */
        final Map<String, Node.Para> paras = new HashMap<>();
        final ParagraphXml xml;
        final Comments comments;
        final ParagraphXml.Ids ids;
        final boolean review;
        ReviewPlan plan = ReviewPlan.NONE;

        Body(ParagraphXml xml, Comments comments, ParagraphXml.Ids ids, boolean review) {
            this.xml = xml;
            this.comments = comments;
            this.ids = ids;
            this.review = review;
        }

        void add(StringBuilder paragraph, String id) {
            out.add(paragraph);
            if (id != null) byId.put(id, paragraph);
        }

        void nodes(List<Node> nodes, ParagraphXml.Whole whole) {
            new NodeWriter(this).nodes(nodes, whole);
        }

        /** A comment on a paragraph already written: the one with this id, else the last one. */
        void commentOn(String id, String author, String date, String text) {
            if (text.isBlank()) return;
            StringBuilder target = id == null ? null : byId.get(id);
            for (int i = out.size() - 1; target == null && i >= 0; i--) {
                if (out.get(i).indexOf("<w:p>") == 0 && out.get(i).indexOf("w:br w:type=\"page\"") < 0) target = out.get(i);
            }
            if (target == null) {
                target = new StringBuilder("<w:p></w:p>");
                out.add(target);
            }
            int commentId = ids.next();
            comments.add(commentId, author, date, text);
            Comments.around(target, commentId);
        }
    }
}
