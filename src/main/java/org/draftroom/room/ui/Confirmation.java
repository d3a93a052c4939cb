package org.draftroom.room.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/**
 * Asks before an action that changes the text for everyone (withdraw, agree, take as the basis, renumber):
 * what will happen, in words, then Cancel (nothing is done) or the action's own verb. A refusal keeps the
 * dialog open with the explanation shown by {@link RoomDesk#act}.
 */
class Confirmation extends Dialog {
    final Button confirm;
    final Button cancel;

    static Confirmation ask(RoomDesk desk, String title, String confirmLabel, Runnable action, Component... body) {
        Confirmation c = new Confirmation(desk, title, confirmLabel, action, body);
        c.open();
        return c;
    }

    private Confirmation(RoomDesk desk, String title, String confirmLabel, Runnable action, Component... body) {
        addClassName("room-confirmation");
        setHeaderTitle(title);
        Div content = new Div(body);
        content.addClassName("room-confirmation-body");
        content.setMaxWidth("52em");
        add(content);
        cancel = new Button(getTranslation("room.cancel"), e -> close());
        cancel.addClassName("room-confirm-cancel");
        confirm = new Button(confirmLabel, e -> {
            if (desk.act(action)) close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("room-confirm-ok");
        getFooter().add(cancel, confirm);
        cancel.focus(); // Enter on an unread dialog cancels, it does not act
    }

    static Div line(String text, String className) {
        Div d = new Div(text);
        d.addClassName(className);
        return d;
    }
}
