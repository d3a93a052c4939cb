package org.draftroom.documents.ui;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * Inline text with its proposals in place: each proposal in brackets, deleted words struck through, proposed
 * words underlined, the proposer named in its colour, and what others said about it.
 * <p>
 * A run is written as escaped HTML into one element's {@code innerHTML}, not as a server-side element per word
 * and bracket: a seed paragraph has dozens of those, and each costs memory in every open session and work in
 * every browser a change is pushed to. Everything from the text is escaped; the markup is only ours.
 * <p>
 * This is the only class that writes HTML into the page (ADR 0007, checked by ArchitectureRulesTest), so there
 * is one place to look for what reaches the browser unescaped.
 */
public final class InlineContent {
    private InlineContent() {
    }

    public static Span of(List<Inline> inlines, ReadingContext ctx) {
        return of(inlines, ctx, false);
    }

    /** With {@code bracketed}, the whole run stands in brackets (a bracketed paragraph or item). */
    public static Span of(List<Inline> inlines, ReadingContext ctx, boolean bracketed) {
        StringBuilder html = new StringBuilder();
        if (bracketed) bracket(html, "[");
        append(html, inlines, ctx);
        if (bracketed) bracket(html, "]");
        return html(html);
    }

    /** An inline proposal on its own: [target text ——Pakistan: delete; UAE disagrees]. */
    public static Span proposal(Proposal p, ReadingContext ctx) {
        StringBuilder html = new StringBuilder();
        proposal(html, p, ctx);
        return html(html);
    }

    /** What others said of a proposal, one a line (no separator before it), each in its speaker's colour. */
    public static Span positions(List<Position> positions, ReadingContext ctx) {
        StringBuilder html = new StringBuilder();
        for (Position position : positions) position(html, position, ctx, "");
        return html(html);
    }

    /**
     * HTML that one of our renderers wrote with every piece of text escaped: a comparison of two versions
     * ({@code exports}), a search snippet with its matches in {@code <mark>} ({@code search}).
     */
    public static Div rendered(String html, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", html);
        return div;
    }

    private static Span html(StringBuilder html) {
        Span span = new Span();
        span.getElement().setProperty("innerHTML", html.toString());
        return span;
    }

    static void append(StringBuilder html, List<Inline> inlines, ReadingContext ctx) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> html.append(escape(t.text()));
                case Proposal p -> proposal(html, p, ctx);
                case Placeholder ph -> span(html, "placeholder", "{" + ph.name() + "}", null);
                case FootnoteRef ref -> html.append("<sup class=\"footnote-ref\">")
                        .append(ctx.numbering().footnote(ref.footnoteId())).append("</sup>");
            }
        }
    }

    private static void proposal(StringBuilder html, Proposal p, ReadingContext ctx) {
        html.append("<span class=\"proposal proposal-").append(p.kind().wire()).append(" status-")
                .append(p.status().wire()).append("\" data-proposal=\"").append(escape(p.id())).append("\">");
        bracket(html, "[");
        if (p.label() != null) span(html, "proposal-label", p.label() + " ", null);
        if (!p.target().isEmpty()) {
            String tag = struck(p.kind()) ? "del" : "span";
            html.append('<').append(tag).append(" class=\"proposal-target\">");
            append(html, p.target(), ctx);
            html.append("</").append(tag).append('>');
        }
        if (!p.text().isEmpty()) {
            String tag = p.kind() == ProposalKind.BRACKETED ? "span" : "ins";
            html.append('<').append(tag).append(" class=\"proposal-text\">");
            append(html, p.text(), ctx);
            html.append("</").append(tag).append('>');
        }
        for (Proposal nested : p.proposals()) proposal(html, nested, ctx);
        attribution(html, p, ctx);
        bracket(html, "]");
        html.append("</span>");
    }

    /** "——Pakistan: delete; UAE: disagree" in the proposer's colour. */
    private static void attribution(StringBuilder html, Proposal p, ReadingContext ctx) {
        if (p.kind() == ProposalKind.BRACKETED && !p.actors().attributed()) {
            html.append("<span class=\"attribution\"></span>");
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(p.actors().attributed() ? ctx.names(p.actors()) : ctx.t("documents.unattributed"));
        text.append(ctx.t("documents.attribution.colon")).append(ctx.t("documents.kind." + p.kind().wire()));
        if (p.status() != Status.OPEN) {
            text.append(" (").append(ctx.t("documents.status." + p.status().wire())).append(')');
        }
        open(html, "attribution", ctx.colour(p.actors()));
        html.append(escape(ctx.t("documents.attribution.dash")));
        // the words in the UI's language inside the document's are isolated (dir=auto), the dash is not: an Arabic
        // attribution in a Chinese text keeps its own order, and the dash stays beside the words it follows
        open(html, "attribution-words", null, true);
        html.append(escape(text.toString()));
        for (Position position : p.positions()) position(html, position, ctx, ctx.t("documents.positions.separator"));
        html.append("</span></span>");
    }

    private static void position(StringBuilder html, Position position, ReadingContext ctx, String separator) {
        StringBuilder text = new StringBuilder(separator);
        text.append(ctx.names(position.actors())).append(ctx.t("documents.attribution.colon"))
                .append(ctx.t("documents.stance." + position.stance().wire()));
        if (position.agreesWith() != null) text.append(' ').append(ctx.name(position.agreesWith()));
        if (position.text() != null && !position.text().isBlank()) text.append(' ').append(position.text());
        open(html, "position position-" + position.stance().wire(), ctx.colour(position.actors()), true);
        html.append(escape(text.toString())).append("</span>");
    }

    private static boolean struck(ProposalKind kind) {
        return kind == ProposalKind.DELETE || kind == ProposalKind.REPLACE || kind == ProposalKind.EXCLUDE;
    }

    private static void bracket(StringBuilder html, String bracket) {
        span(html, "bracket", bracket, null);
    }

    private static void span(StringBuilder html, String classes, String text, String colour) {
        open(html, classes, colour);
        html.append(escape(text)).append("</span>");
    }

    private static void open(StringBuilder html, String classes, String colour) {
        open(html, classes, colour, false);
    }

    /** {@code isolated}: dir="auto", its own bidi run whose direction its first letter sets. */
    private static void open(StringBuilder html, String classes, String colour, boolean isolated) {
        html.append("<span class=\"").append(classes).append('"');
        if (colour != null) html.append(" style=\"color:").append(escape(colour)).append('"');
        if (isolated) html.append(" dir=\"auto\"");
        html.append('>');
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
