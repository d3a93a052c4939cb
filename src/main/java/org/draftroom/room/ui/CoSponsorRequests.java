package org.draftroom.room.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Proposal;
import org.draftroom.room.Acting;

/**
 * The co-sponsorships a proposal asks for, marked "requested" (they are not sponsors yet), with accept and
 * decline for the delegation asked (or for a group it belongs to that was asked, and for the secretariat
 * recording for it). The service decides; the buttons only save a refusal.
 */
class CoSponsorRequests extends Div {

    CoSponsorRequests(RoomDesk desk, RoomContext ctx, RoomPanel panel, Proposal p) {
        addClassName("room-cosponsor-requests");
        List<String> requested = p.actors().requested();
        if (requested.isEmpty()) return;
        add(new Span(getTranslation("room.cosponsor.requested") + ": "
                + ctx.names(new Actors(requested, null), getLocale(), this::getTranslation)));
        if (desk.asOf() != null || !ctx.speaks()) return;
        String speaker = panel.speakerId();
        if (speaker == null) return;
        for (String asked : requested) {
            boolean self = asked.equals(speaker);
            if (!self && !ctx.delegations().membersOf(asked).contains(speaker)) continue;
            Acting answering = new Acting(panel.acting(null, List.of()).delegationId(), self ? null : asked, List.of());
            String forWhom = self ? "" : " (" + ctx.delegations().displayName(asked, getLocale()) + ")";
            add(button(desk, getTranslation("room.cosponsor.accept") + forWhom, "room-cosponsor-accept",
                    () -> ctx.coSponsorships().accept(desk.documentId(), p.id(), answering)));
            add(button(desk, getTranslation("room.cosponsor.decline") + forWhom, "room-cosponsor-decline",
                    () -> ctx.coSponsorships().decline(desk.documentId(), p.id(), answering)));
        }
    }

    private static Button button(RoomDesk desk, String label, String className, Runnable action) {
        Button b = new Button(label, e -> desk.act(action));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        return b;
    }
}
