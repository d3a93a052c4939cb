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
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.LineageLink;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.security.Role;

/**
 * The selected proposal: who made it (and for which group), its status, the positions taken on it, the proposals
 * a chair's text drew on; one-click support / oppose / reserve / comment, withdrawal, agreement.
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
        Locale locale = getLocale();
        Span who = new Span(ctx.names(p.actors(), locale, this::getTranslation));
        who.addClassName("room-proposer");
        String colour = p.actors().attributed() ? ctx.delegations().colour(p.actors().by().getFirst()) : null;
        if (colour != null) who.getStyle().set("color", colour);
        add(new Div(who, new Span(" · " + getTranslation("room.kind." + p.kind().wire())
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
        if (p.kind() == ProposalKind.CHAIR_ALTERNATIVE) lineage(ctx, proposalId);
        if (desk.asOf() != null) return;

        String docId = desk.documentId();
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
            add(button("room.position.withdraw", "room-withdraw-position", () ->
                    ctx.room().withdrawPosition(docId, proposalId, Acting.as(panel.acting(null, List.of()).delegationId()))));
            add(button("room.withdraw", "room-withdraw", () ->
                    ctx.room().withdraw(docId, proposalId, Acting.as(panel.acting(null, List.of()).delegationId()))));
        }
        if (p.kind() == ProposalKind.CHAIR_ALTERNATIVE && (ctx.is(Role.CHAIR) || ctx.is(Role.SECRETARIAT))) {
            add(button("room.accept-chair-text", "room-accept-chair-text", () -> ctx.room().acceptChairText(docId, proposalId)));
        }
        if (ctx.is(Role.SECRETARIAT)) {
            add(button("room.agree", "room-agree-proposal", () -> ctx.room().agree(docId, proposalId)));
            add(button("room.undo-agree", "room-undo-agree-proposal", () -> ctx.room().undoAgree(docId, proposalId)));
        }
    }

    private void lineage(RoomContext ctx, String chairProposalId) {
        List<LineageLink> links = ctx.room().lineage(desk.documentId()).stream()
                .filter(l -> l.chairProposalId().equals(chairProposalId)).toList();
        if (links.isEmpty()) return;
        Div list = new Div(new Span(getTranslation("room.lineage")));
        list.addClassName("room-lineage");
        links.forEach(l -> list.add(new Div(l.summary())));
        add(list);
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
}
