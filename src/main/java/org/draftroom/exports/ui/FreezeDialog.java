package org.draftroom.exports.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.documents.SessionInfo;
import org.draftroom.documents.SessionService;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;

/** The secretariat issues the current state as a version: session, symbol, date and annex label. */
class FreezeDialog extends Dialog {
    final Select<String> session = new Select<>();
    final TextField symbol = new TextField();
    final DatePicker issuedOn = new DatePicker();
    final TextField annex = new TextField();
    final Button save;

    FreezeDialog(VersionService versions, SessionService sessions, String documentId, Runnable onDone) {
        setHeaderTitle(getTranslation("exports.freeze"));
        session.setLabel(getTranslation("exports.column.session"));
        // every session the secretariat has created, newest last, labelled with its dates
        List<SessionInfo> all = sessions.sessions();
        session.setItems(all.stream().map(SessionInfo::code).toList());
        session.setItemLabelGenerator(code -> all.stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.code() + " · " + s.startsOn() + " – " + s.endsOn()).orElse(code));
        session.setHelperText(getTranslation("exports.freeze.session-help"));
        symbol.setLabel(getTranslation("exports.freeze.symbol"));
        symbol.setRequired(true);
        issuedOn.setLabel(getTranslation("exports.column.date"));
        issuedOn.setValue(LocalDate.now());
        annex.setLabel(getTranslation("exports.freeze.annex"));
        add(new FormLayout(session, symbol, issuedOn, annex));
        save = new Button(getTranslation("exports.freeze.save"), e -> {
            try {
                String label = annex.getValue().isBlank() ? null : annex.getValue().trim();
                versions.freeze(documentId, new IssueDetails(session.getValue(), symbol.getValue().trim(),
                        issuedOn.getValue(), label, symbol.getValue().trim() + (label == null ? "" : " " + label)));
                close();
                onDone.run();
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("exports.close"), e -> close()), save);
    }
}
