package org.draftroom.room.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.LineageLink;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.security.Role;

/**
 * The selected proposal: who made it (and for which group), its status, the positions taken on it, its lineage
 * both ways (what a chair's text drew on; the chair's text that superseded a proposal); one-click support /
 * oppose / reserve / comment; withdrawal (offered to its proposers only), adoption and agreement, each confirmed.
 */
class ProposalInspector extends Div {
    private final RoomDesk desk;

    ProposalInspector(RoomDesk desk, RoomContext ctx, RoomPanel panel, NegotiationDocument doc, String proposalId) {
        this.desk = desk;
        addClassName("room-proposal-inspector");
        Proposal p;
        try {
            p = DocumentEdits.requireProposal(doc, proposalId);
        } catch (IllegalArgumentException gone) {
            add(new Span(getTranslation("room.proposal.gone")));
            return;
        }
        if (p.status() == Status.SUPERSEDED || p.status() == Status.WITHDRAWN) addClassName("room-inspected-" + p.status().wire());
        Locale locale = getLocale();
        boolean plainBrackets = p.kind() == ProposalKind.BRACKETED && !p.actors().attributed();
        Span who = new Span(plainBrackets ? getTranslation("room.unattributed-brackets") : ctx.names(p.actors(), locale, this::getTranslation));
        who.addClassName("room-proposer");
        String colour = p.actors().attributed() ? ctx.delegations().colour(p.actors().by().getFirst()) : null;
        if (colour != null) who.getStyle().set("color", colour);
        add(new Div(who, new Span((plainBrackets ? "" : " · " + getTranslation("room.kind." + p.kind().wire()))
                + " · " + getTranslation("room.status." + p.status().wire()))));
        add(new CoSponsorRequests(desk, ctx, panel, p));
        String target = Walk.plainText(p.target());
        String text = Walk.plainText(p.text());
        if (!target.isBlank()) add(withClass(new Div(new Span(target)), "room-target"));
        if (!text.isBlank()) add(withClass(new Div(new Span(text)), "room-text"));

        Div positions = new Div();
        positions.addClassName("room-positions");
        for (Position pos : p.positions()) {
            Div line = new Div(new Span(ctx.names(pos.actors(), locale, this::getTranslation) + ": "
                    + getTranslation("room.stance." + pos.stance().wire()) + (pos.text() == null ? "" : " — " + pos.text())));
            line.addClassName("room-position");
            line.addClassName("room-position-" + pos.stance().wire());
            positions.add(line);
        }
        add(positions);
        flagContradictions(ctx, panel, doc, p);
        lineage(ctx, doc, p);
        if (desk.asOf() != null) return;

        String docId = desk.documentId();
        String described = ctx.describe(doc, locale).proposal(p);
        if (ctx.speaks()) {
            TextField note = new TextField(getTranslation("room.position.note"));
            note.addClassName("room-position-note");
            add(note);
            Div stances = new Div();
            for (Position.Stance s : Position.Stance.values()) {
                stances.add(button("room.stance." + s.wire(), "room-stance-" + s.wire(), () ->
                        ctx.room().statePosition(docId, proposalId, s, note.getValue(), panel.acting(null, List.of()))));
            }
            add(stances);
            String speaker = panel.speakerId();
            // a delegate is offered to withdraw only a position it holds; the secretariat picks whom it records for
            // after the inspector is drawn, so it keeps the button (the service refuses a position nobody holds)
            if (!ctx.is(Role.DELEGATE) || holdsPosition(p, speaker)) {
                add(button("room.position.withdraw", "room-withdraw-position", () ->
                        ctx.room().withdrawPosition(docId, proposalId, Acting.as(panel.acting(null, List.of()).delegationId()))));
            }
            // offered to the proposers only (the service refuses anyone else anyway)
            if (p.status() == Status.OPEN && speaker != null
                    && (p.actors().by().contains(speaker) || speaker.equals(p.actors().onBehalfOf()))) {
                add(confirmed("room.withdraw", "room-withdraw", getTranslation("room.withdraw.confirm"),
                        () -> ctx.room().withdraw(docId, proposalId, Acting.as(panel.acting(null, List.of()).delegationId())),
                        Confirmation.line(described, "room-confirm-what")));
            }
        }
        if (p.kind() == ProposalKind.CHAIR_ALTERNATIVE && p.status() == Status.OPEN && (ctx.is(Role.CHAIR) || ctx.is(Role.SECRETARIAT))) {
            Button basis = new Button(getTranslation("room.accept-chair-text"), e -> desk.act(() ->
                    AdoptionDialog.open(desk, ctx, proposalId, described)));
            basis.addThemeVariants(ButtonVariant.LUMO_SMALL);
            basis.addClassName("room-accept-chair-text");
            add(basis);
        }
        if (ctx.is(Role.SECRETARIAT)) {
            if (p.status() == Status.OPEN) {
                add(confirmed("room.agree", "room-agree-proposal", getTranslation("room.agree.confirm.proposal"),
                        () -> {
                            ctx.room().agree(docId, proposalId);
                            Undo.offer(desk, ctx, proposalId, described);
                        }, Confirmation.line(described, "room-confirm-what"),
                        Confirmation.line(getTranslation("room.agree.confirm.proposal.effect"), "room-confirm-effect")));
            }
            add(button("room.undo-agree", "room-undo-agree-proposal", () -> ctx.room().undoAgree(docId, proposalId)));
        }
    }

    /** A chair's text lists what it drew on; a proposal drawn on names the chair's text (selectable while in the text). */
    private void lineage(RoomContext ctx, NegotiationDocument doc, Proposal p) {
        List<LineageLink> all = ctx.room().lineage(desk.documentId());
        if (p.kind() == ProposalKind.CHAIR_ALTERNATIVE) {
            List<LineageLink> links = all.stream().filter(l -> l.chairProposalId().equals(p.id())).toList();
            if (links.isEmpty()) return;
            Div list = new Div(new Span(getTranslation("room.lineage")));
            list.addClassName("room-lineage");
            links.forEach(l -> list.add(link(doc, l.sourceProposalId(), l.summary())));
            add(list);
            return;
        }
        List<LineageLink> by = all.stream().filter(l -> l.sourceProposalId().equals(p.id())).toList();
        if (by.isEmpty()) return;
        Div list = new Div(new Span(getTranslation(p.status() == Status.SUPERSEDED ? "room.lineage.superseded-by" : "room.lineage.drawn-into")));
        list.addClassName("room-lineage-back");
        for (LineageLink l : by) {
            String what = DocumentEdits.findProposal(doc, l.chairProposalId())
                    .map(c -> ctx.describe(doc, getLocale()).proposal(c))
                    .orElse(getTranslation("room.lineage.adopted"));
            list.add(link(doc, l.chairProposalId(), what));
        }
        add(list);
    }

    /** A line naming a proposal: a button selecting it while it is in the text, plain words once it is not. */
    private Div link(NegotiationDocument doc, String proposalId, String words) {
        Div line = new Div();
        line.addClassName("room-lineage-link");
        boolean there = DocumentEdits.findProposal(doc, proposalId).isPresent();
        if (there) {
            Button b = new Button(words, e -> desk.selectProposal(proposalId));
            b.addClassName("room-lineage-link-button");
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            DocumentEdits.findProposal(doc, proposalId).filter(q -> q.status() == Status.SUPERSEDED)
                    .ifPresent(q -> b.addClassName("room-superseded-link"));
            line.add(b);
        } else {
            line.add(new Span(words));
        }
        return line;
    }

    private Button confirmed(String key, String className, String title, Runnable action,
                             com.vaadin.flow.component.Component... body) {
        Button b = new Button(getTranslation(key), e -> Confirmation.ask(desk, title, getTranslation(key), action, body));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        return b;
    }

    private Button button(String key, String className, Runnable action) {
        Button b = new Button(getTranslation(key), e -> desk.act(action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        return b;
    }

    private static Div withClass(Div div, String className) {
        div.addClassName(className);
        return div;
    }

    /** The viewer's delegation is told where this proposal contradicts another of its own. */
    private void flagContradictions(RoomContext ctx, RoomPanel panel, NegotiationDocument doc, Proposal p) {
        String speaker = panel.speakerId();
        if (speaker == null || p.status() != Status.OPEN) return;
        ContradictionWords words = new ContradictionWords(doc, this::getTranslation);
        String who = ctx.delegations().displayName(speaker, getLocale());
        for (var c : words.involving(ContradictionWords.of(ctx, doc, desk.documentId(), speaker), p.id())) {
            add(withClass(new Div(new Span("⚠ " + words.flag(c, p.id(), who))), "room-contradiction-flag"));
        }
    }

    private static boolean holdsPosition(Proposal p, String speaker) {
        return speaker != null && p.positions().stream().anyMatch(pos ->
                pos.actors().by().contains(speaker) || speaker.equals(pos.actors().onBehalfOf()));
    }
}
