package org.draftroom.room.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

/**
 * After an agreement, the secretariat can take it back at once: "Agreed: … [Undo]". The undo goes through the
 * service's undo of the latest agreement on the same target, refused if anything it touched changed since.
 */
final class Undo {
    private Undo() {
    }

    static Notification offer(RoomDesk desk, RoomContext ctx, String targetId, String described) {
        Notification n = new Notification();
        n.addClassName("room-agreed-undo");
        n.setDuration(15_000);
        n.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button(n.getTranslation("room.undo-agree"), e -> {
            if (desk.act(() -> ctx.room().undoAgree(desk.documentId(), targetId))) n.close();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClassName("room-undo-last");
        n.add(new Span(n.getTranslation("room.agreed.notice").replace("{0}", described) + " "), undo);
        n.open();
        return n;
    }
}
