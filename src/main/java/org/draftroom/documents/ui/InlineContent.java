package org.draftroom.documents.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;

/**
 * Inline text with its proposals in place: each proposal in brackets, deleted words struck through, proposed
 * words underlined, the proposer named in its colour, and what others said about it.
 */
public final class InlineContent {
    private InlineContent() {
    }

    public static Span of(List<Inline> inlines, ReadingContext ctx) {
        Span span = new Span();
        append(span.getElement(), inlines, ctx);
        return span;
    }

    static void append(Element parent, List<Inline> inlines, ReadingContext ctx) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> parent.appendChild(Element.createText(t.text()));
                case Proposal p -> parent.appendChild(proposal(p, ctx).getElement());
                case Placeholder ph -> parent.appendChild(span("placeholder", "{" + ph.name() + "}"));
                case FootnoteRef ref -> {
                    Element sup = new Element("sup");
                    sup.getClassList().add("footnote-ref");
                    sup.setText(Integer.toString(ctx.numbering().footnote(ref.footnoteId())));
                    parent.appendChild(sup);
                }
            }
        }
    }

    /** An inline proposal: [target text ——Pakistan: delete; UAE disagrees]. */
    public static Component proposal(Proposal p, ReadingContext ctx) {
        Span span = new Span();
        span.addClassNames("proposal", "proposal-" + p.kind().wire(), "status-" + p.status().wire());
        span.getElement().setAttribute("data-proposal", p.id());
        Element e = span.getElement();
        e.appendChild(span("bracket", "["));
        if (p.label() != null) e.appendChild(span("proposal-label", p.label() + " "));
        if (!p.target().isEmpty()) {
            Element target = new Element(struck(p.kind()) ? "del" : "span");
            target.getClassList().add("proposal-target");
            append(target, p.target(), ctx);
            e.appendChild(target);
        }
        if (!p.text().isEmpty()) {
            Element text = new Element(p.kind() == ProposalKind.BRACKETED ? "span" : "ins");
            text.getClassList().add("proposal-text");
            append(text, p.text(), ctx);
            e.appendChild(text);
        }
        for (Proposal nested : p.proposals()) e.appendChild(proposal(nested, ctx).getElement());
        e.appendChild(attribution(p, ctx));
        e.appendChild(span("bracket", "]"));
        return span;
    }

    /** "——Pakistan: delete; UAE: disagree" in the proposer's colour. */
    static Element attribution(Proposal p, ReadingContext ctx) {
        Element who = new Element("span");
        who.getClassList().add("attribution");
        if (p.kind() == ProposalKind.BRACKETED && !p.actors().attributed()) return who;
        StringBuilder text = new StringBuilder(ctx.t("documents.attribution.dash"));
        text.append(p.actors().attributed() ? ctx.names(p.actors()) : ctx.t("documents.unattributed"));
        text.append(ctx.t("documents.attribution.colon")).append(ctx.t("documents.kind." + p.kind().wire()));
        if (p.status() != org.draftroom.negotiation.Status.OPEN) {
            text.append(" (").append(ctx.t("documents.status." + p.status().wire())).append(')');
        }
        who.setText(text.toString());
        String colour = ctx.colour(p.actors());
        if (colour != null) who.getStyle().set("color", colour);
        for (Position position : p.positions()) who.appendChild(position(position, ctx));
        return who;
    }

    static Element position(Position position, ReadingContext ctx) {
        StringBuilder text = new StringBuilder(ctx.t("documents.positions.separator"));
        text.append(ctx.names(position.actors())).append(ctx.t("documents.attribution.colon"))
                .append(ctx.t("documents.stance." + position.stance().wire()));
        if (position.agreesWith() != null) text.append(' ').append(ctx.name(position.agreesWith()));
        if (position.text() != null && !position.text().isBlank()) text.append(' ').append(position.text());
        Element span = span("position position-" + position.stance().wire(), text.toString());
        String colour = ctx.colour(position.actors());
        if (colour != null) span.getStyle().set("color", colour);
        return span;
    }

    private static boolean struck(ProposalKind kind) {
        return kind == ProposalKind.DELETE || kind == ProposalKind.REPLACE || kind == ProposalKind.EXCLUDE;
    }

    static Element span(String classes, String text) {
        Element span = new Element("span");
        for (String c : classes.split(" ")) span.getClassList().add(c);
        span.setText(text);
        return span;
    }
}
