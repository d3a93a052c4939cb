package org.draftroom.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.SessionDraft;
import org.draftroom.documents.SessionInfo;
import org.draftroom.documents.SessionService;
import org.draftroom.security.Role;
import org.draftroom.testkit.SignIn;

/** The sessions screen: the secretariat keeps the sessions, everyone else reads them. */
@DraftroomIT
class SessionsViewIT {
    private static final LocalDate START = LocalDate.of(2028, 3, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionService sessions;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private static String unique() {
        return "PBC/" + (8000 + (int) (System.nanoTime() % 1000));
    }

    private SessionsView open(String user, Role role) {
        KaribuUi.signIn(context, user, role);
        UI.getCurrent().navigate("sessions");
        return _get(SessionsView.class);
    }

    @Test
    void a_session_ending_before_it_starts_is_refused_in_the_dialog_which_keeps_what_was_typed() {
        String code = unique();
        SessionsView view = open("secretariat", Role.SECRETARIAT);
        _click(view.create);
        SessionDialog dialog = _get(SessionDialog.class);
        dialog.symbol.setValue(code);
        dialog.startsOn.setValue(START);
        dialog.endsOn.setValue(START.minusDays(2));

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo(
                "Not saved: the session would end (2028-03-04) before it starts (2028-03-06)");
        assertThat(dialog.symbol.getValue()).isEqualTo(code);
        assertThat(SignIn.as("secretariat", () -> sessions.exists(code))).isFalse();
    }

    @Test
    void the_secretariat_corrects_a_sessions_name_and_dates_from_its_row() {
        String code = unique();
        SignIn.run("secretariat", () -> sessions.create(new SessionDraft(code, "Draft name", START, START, null)));
        SessionsView view = open("secretariat", Role.SECRETARIAT);
        SessionInfo row = view.grid.getGenericDataView().getItems().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
        assertThat(view.grid.getColumns()).as("with the edit column").hasSize(5);
        SessionDialog dialog = view.open(row);
        assertThat(dialog.symbol.getValue()).isEqualTo(code);
        dialog.name.setValue("Extraordinary session");
        dialog.endsOn.setValue(START.plusDays(2));

        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        SessionInfo shown = view.grid.getGenericDataView().getItems().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
        assertThat(shown.name()).isEqualTo("Extraordinary session");
        assertThat(shown.endsOn()).isEqualTo(START.plusDays(2));
    }

    @Test
    void a_delegate_reads_the_sessions_without_create_or_edit_buttons() {
        SessionsView view = open("pakistan", Role.DELEGATE);

        assertThat(view.grid.getGenericDataView().getItems().map(SessionInfo::code)).contains("PBC/34", "PBC/36");
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.grid.getColumns()).as("no edit column").hasSize(4);
    }
}
