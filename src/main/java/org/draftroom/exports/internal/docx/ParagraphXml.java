package org.draftroom.exports.internal.docx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.render.XmlText;
import org.draftroom.negotiation.Status;

/**
 * WordprocessingML for one paragraph. Tracked changes are {@code w:ins}/{@code w:del} with the delegation as
 * author and the date the proposal was made; words a proposal inserts and an amendment deletes are a
 * {@code w:del} inside the {@code w:ins}, so Reject All takes them out with the insertion. In review mode
 * positions and attributions are not body text but comments on the change they concern, so Reject All leaves
 * the base text and nothing of who said what.
 */
final class ParagraphXml {
    private final Ids ids;
    private final ReviewFacts facts;
    private final Comments comments;
    private final boolean review;
    private final String language;
    /** Footnote number as printed → footnote id, for the part being written. */
    private Map<String, Integer> footnotes = Map.of();

    /** Every word and the paragraph mark inserted or deleted by one proposal. */
    record Whole(Run.Type type, Author author, String proposalId) {
        Run.Change change() {
            return new Run.Change(type, author, proposalId, List.of());
        }
    }

    /** One id space for changes and comments, as Word expects annotation ids to be unique. */
    static final class Ids {
        private int next = 1;

        int next() {
            return next++;
        }
    }

    ParagraphXml(Ids ids, ReviewFacts facts, Comments comments, boolean review, String language) {
        this.language = language;
        this.ids = ids;
        this.facts = facts;
        this.comments = comments;
        this.review = review;
    }

    void footnotes(Map<String, Integer> byNumber) {
        this.footnotes = Map.copyOf(byNumber);
    }

    /** A paragraph; {@code prefix} is written before the runs (a footnote's reference mark). */
    StringBuilder paragraph(String style, String align, String label, List<Run> runs, RunStyle base, Whole whole,
                            String prefix) {
        State p = new State(whole);
        p.out.append("<w:p><w:pPr>");
        if (style != null) p.out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        if (align != null) p.out.append("<w:jc w:val=\"").append(align).append("\"/>");
        if (whole != null) {
            p.out.append("<w:rPr>");
            open(p.out, whole.change(), whole.type() == Run.Type.INSERT ? "w:ins" : "w:del", true);
            p.out.append("</w:rPr>");
        }
        p.out.append("</w:pPr>");
        if (prefix != null) p.out.append(prefix);
        p.contentStart = p.out.length();
        if (!label.isEmpty()) text(p, label + "\t", base, null, null);
        runs(p, runs, base, null, null, 0);
        return p.out.append("</w:p>");
    }

    ReviewFacts facts() {
        return facts;
    }

    String language() {
        return language;
    }

    String colon() {
        return language.startsWith("zh") ? "：" : ": ";
    }

    String date(String proposalId) {
        Instant at = facts.date(proposalId);
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static final class State {
        final StringBuilder out = new StringBuilder(512);
        final Whole whole;
        int contentStart;
        /** Where the current run of changes began, and whose the first of them is; -1 when text came since. */
        int clusterStart = -1;
        Author clusterAuthor;
        String clusterProposal;
        int lastRunStart = -1;
        int lastBracketStart = -1;
        boolean lastWasCloseBracket;
        final Deque<Integer> brackets = new ArrayDeque<>();

        State(Whole whole) {
            this.whole = whole;
        }
    }

    private void runs(State p, List<Run> runs, RunStyle style, Run.Change ins, Run.Change del, int depth) {
        for (Run run : runs) {
            switch (run) {
                case Run.Plain plain -> {
                    if (depth == 0) plainText(p, plain.text());
                    text(p, plain.text(), style, ins, del);
                }
                case Run.Styled s -> {
                    switch (s.style()) {
                        case ATTRIBUTION -> {
                            if (review) comment(p, null, s.text());
                            else text(p, s.text(), style.attribution(), ins, del);
                        }
                        case SUPERSCRIPT -> {
                            Integer footnote = footnotes.get(s.text());
                            if (footnote != null) footnoteReference(p, footnote, ins, del);
                            else text(p, s.text(), style.superscript(), ins, del);
                        }
                        case STRONG -> text(p, s.text(), style.strong(), ins, del);
                        case PLACEHOLDER -> text(p, s.text(), style, ins, del);
                    }
                }
                case Run.Opinion o -> {
                    if (review) comment(p, o.author(), o.text());
                    else text(p, o.text(), style.opinion(), ins, del);
                }
                case Run.Change c when review && facts.status(c.proposalId()) != Status.OPEN -> {
                    // agreed text is plain; a withdrawn or superseded proposal leaves the base text
                    boolean stands = (c.type() == Run.Type.INSERT) == (facts.status(c.proposalId()) == Status.AGREED);
                    if (stands) runs(p, c.runs(), style, ins, del, depth);
                }
                case Run.Change c -> {
                    if (depth == 0 && p.clusterStart < 0) {
                        p.clusterStart = p.out.length();
                        p.clusterAuthor = c.author();
                        p.clusterProposal = c.proposalId();
                    }
                    // a difference between versions (no author) inside a proposal keeps the proposal's author
                    if (c.type() == Run.Type.INSERT) runs(p, c.runs(), style, c.author() == null && ins != null ? ins : c, null, depth + 1);
                    else runs(p, c.runs(), style, ins, c.author() == null && del != null ? del : c, depth + 1);
                }
            }
        }
    }

    /** Top-level words end the current run of changes; brackets are remembered to anchor what follows them. */
    private static void plainText(State p, String text) {
        if (text.isEmpty()) return;
        p.clusterStart = -1;
        p.lastRunStart = p.out.length();
        p.lastWasCloseBracket = false;
        if (text.equals("[")) p.brackets.push(p.out.length());
        else if (text.equals("]") && !p.brackets.isEmpty()) {
            p.lastBracketStart = p.brackets.pop();
            p.lastWasCloseBracket = true;
        }
    }

    /**
     * A comment on what it follows: the changes just written, else the bracketed passage just closed, else the
     * last words, else the whole paragraph so far. Without an author of its own it is the change's author's.
     */
    private void comment(State p, Author author, String text) {
        String words = Comments.unbracket(text);
        if (words.isEmpty()) return;
        int start = p.clusterStart >= 0 ? p.clusterStart : p.lastWasCloseBracket ? p.lastBracketStart
                : p.lastRunStart >= 0 ? p.lastRunStart : p.contentStart;
        Author by = author != null ? author : p.clusterStart >= 0 && p.clusterAuthor != null ? p.clusterAuthor
                : p.whole != null ? p.whole.author() : null;
        String proposal = p.clusterStart >= 0 ? p.clusterProposal : p.whole != null ? p.whole.proposalId() : null;
        int id = ids.next();
        comments.add(id, by == null ? null : by.name(), date(proposal), words);
        p.out.insert(start, Comments.rangeStart(id));
        p.out.append(Comments.rangeEnd(id));
    }

    private void footnoteReference(State p, int footnote, Run.Change ins, Run.Change del) {
        Changes c = changes(p, ins, del);
        p.out.append(c.before());
        p.out.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"")
                .append(footnote).append("\"/></w:r>");
        p.out.append(c.after());
    }

    private record Changes(String before, String after, boolean deleted) {
    }

    /** The change wrappers of a run: the paragraph's own change where the run has none. */
    private Changes changes(State p, Run.Change ins, Run.Change del) {
        if (p.whole != null && ins == null && del == null) {
            if (p.whole.type() == Run.Type.INSERT) ins = p.whole.change();
            else del = p.whole.change();
        } else if (p.whole != null && p.whole.type() == Run.Type.INSERT && ins == null) {
            ins = p.whole.change();
        }
        StringBuilder before = new StringBuilder();
        String after = "";
        if (ins != null) {
            open(before, ins, "w:ins", false);
            after = "</w:ins>";
        }
        if (del != null) {
            open(before, del, "w:del", false);
            after = "</w:del>" + after;
        }
        return new Changes(before.toString(), after, del != null);
    }

    private void open(StringBuilder out, Run.Change change, String tag, boolean empty) {
        String author = change.author() == null ? "Draftroom" : change.author().name();
        out.append('<').append(tag).append(" w:id=\"").append(ids.next()).append("\" w:author=\"")
                .append(XmlText.escape(author)).append('"');
        String date = date(change.proposalId());
        if (date != null) out.append(" w:date=\"").append(date).append('"');
        out.append(empty ? "/>" : ">");
    }

    private void text(State p, String text, RunStyle style, Run.Change ins, Run.Change del) {
        if (text.isEmpty()) return;
        Changes c = changes(p, ins, del);
        p.out.append(c.before()).append("<w:r>").append(style.rPr());
        String t = c.deleted() ? "w:delText" : "w:t";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                if (i > start) {
                    p.out.append('<').append(t).append(" xml:space=\"preserve\">")
                            .append(XmlText.escape(text.substring(start, i))).append("</").append(t).append('>');
                }
                if (i < text.length()) p.out.append("<w:tab/>");
                start = i + 1;
            }
        }
        p.out.append("</w:r>").append(c.after());
    }

    /** Character formatting of a run on top of its paragraph style. */
    record RunStyle(boolean isBold, boolean isItalic, boolean isSuperscript, String colour) {
        static final RunStyle PLAIN = new RunStyle(false, false, false, null);
        static final RunStyle ITALIC = new RunStyle(false, true, false, null);
        static final RunStyle BOLD = new RunStyle(true, false, false, null);

        RunStyle attribution() {
            return new RunStyle(isBold, true, isSuperscript, "555555");
        }

        RunStyle opinion() {
            return new RunStyle(isBold, true, isSuperscript, "7A2E00");
        }

        RunStyle superscript() {
            return new RunStyle(isBold, isItalic, true, colour);
        }

        RunStyle strong() {
            return new RunStyle(true, isItalic, isSuperscript, colour);
        }

        String rPr() {
            if (!isBold && !isItalic && !isSuperscript && colour == null) return "";
            StringBuilder out = new StringBuilder("<w:rPr>");
            if (isBold) out.append("<w:b/>");
            if (isItalic) out.append("<w:i/>");
            if (colour != null) out.append("<w:color w:val=\"").append(colour).append("\"/>");
            if (isSuperscript) out.append("<w:vertAlign w:val=\"superscript\"/>");
            return out.append("</w:rPr>").toString();
        }
    }
}
