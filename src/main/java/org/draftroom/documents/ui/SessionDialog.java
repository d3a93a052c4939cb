package org.draftroom.documents.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.documents.SessionDraft;
import org.draftroom.documents.SessionInfo;
import org.draftroom.documents.SessionService;

/**
 * A session's symbol, name, dates and place. A refusal (end before start, a symbol already taken, a field too
 * long, a symbol that versions name) stays in the dialog with what was typed, and nothing is stored.
 */
class SessionDialog extends Dialog {
    final TextField symbol = new TextField();
    final TextField name = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextField place = new TextField();
    final Div error = new Div();
    final Button save = new Button();

    /** @param existing the session to correct, or null for a new one */
    SessionDialog(SessionService sessions, SessionInfo existing, Consumer<SessionInfo> onSaved) {
        setHeaderTitle(existing == null ? getTranslation("sessions.create.title")
                : getTranslation("sessions.edit.title", existing.code()));
        symbol.setLabel(getTranslation("sessions.column.symbol"));
        symbol.setPlaceholder("PBC/37");
        symbol.setHelperText(getTranslation("sessions.symbol.help"));
        symbol.setRequired(true);
        name.setLabel(getTranslation("sessions.column.name"));
        name.setPlaceholder(getTranslation("sessions.name.placeholder"));
        startsOn.setLabel(getTranslation("sessions.starts"));
        startsOn.setRequired(true);
        endsOn.setLabel(getTranslation("sessions.ends"));
        endsOn.setRequired(true);
        // the first day is the natural start for the last day's calendar
        startsOn.addValueChangeListener(e -> {
            if (e.getValue() != null && endsOn.isEmpty()) endsOn.setInitialPosition(e.getValue());
        });
        place.setLabel(getTranslation("sessions.column.place"));
        symbol.setId("session-symbol");
        name.setId("session-name");
        startsOn.setId("session-starts");
        endsOn.setId("session-ends");
        place.setId("session-place");
        save.setId("session-save");
        if (existing != null) {
            symbol.setValue(existing.code());
            name.setValue(existing.name() == null ? "" : existing.name());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            place.setValue(existing.place() == null ? "" : existing.place());
        }
        error.addClassName("session-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new FormLayout(symbol, name, startsOn, endsOn, place), error);
        save.setText(getTranslation("sessions.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            SessionDraft draft = new SessionDraft(symbol.getValue(), name.getValue(), startsOn.getValue(),
                    endsOn.getValue(), place.getValue());
            try {
                SessionInfo saved = existing == null ? sessions.create(draft) : sessions.update(existing.code(), draft);
                close();
                onSaved.accept(saved);
            } catch (IllegalArgumentException refused) {
                error.setText(getTranslation("sessions.refused", refused.getMessage()));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("sessions.cancel"), e -> close()), save);
    }
}
