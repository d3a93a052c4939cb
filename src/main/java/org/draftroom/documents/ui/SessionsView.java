package org.draftroom.documents.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.draftroom.documents.SessionInfo;
import org.draftroom.documents.SessionService;

/**
 * The committee's sessions. Everyone reads them; the secretariat creates a session (PBC/37 with its dates) and
 * corrects one. The service decides what may change (the symbol only while nothing names it).
 */
@Route("sessions")
@Menu(title = "sessions.menu", order = 2)
@PermitAll
class SessionsView extends VerticalLayout implements HasDynamicTitle {
    private final SessionService sessions;
    private final boolean secretariat;
    final Grid<SessionInfo> grid = new Grid<>();
    final Button create = new Button();

    SessionsView(SessionService sessions) {
        this.sessions = sessions;
        this.secretariat = isSecretariat();
        setSizeFull();
        setMaxWidth("80em");
        add(new H2(getTranslation("sessions.title")));
        grid.addColumn(SessionInfo::code).setHeader(getTranslation("sessions.column.symbol")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.name() == null ? "" : s.name()).setHeader(getTranslation("sessions.column.name"))
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation("sessions.dates", s.startsOn(), s.endsOn()))
                .setHeader(getTranslation("sessions.column.dates")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.place() == null ? "" : s.place()).setHeader(getTranslation("sessions.column.place"))
                .setAutoWidth(true).setFlexGrow(0);
        if (secretariat) {
            grid.addComponentColumn(s -> {
                Button edit = new Button(getTranslation("sessions.edit"), e -> open(s));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.addClassName("session-edit");
                edit.getElement().setAttribute("aria-label", getTranslation("sessions.edit.of", s.code()));
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.setAllRowsVisible(true);
        create.setText(getTranslation("sessions.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        create.setVisible(secretariat);
        create.setId("session-create");
        grid.setId("sessions-grid");
        add(create, grid);
        if (secretariat) add(new Paragraph(getTranslation("sessions.rule")));
        refresh();
    }

    /** The dialog for a new session (null) or for correcting one. */
    SessionDialog open(SessionInfo session) {
        SessionDialog dialog = new SessionDialog(sessions, session, saved -> {
            refresh();
            Notification.show(getTranslation(session == null ? "sessions.created" : "sessions.saved", saved.code()));
        });
        dialog.open();
        return dialog;
    }

    void refresh() {
        grid.setItems(sessions.sessions());
    }

    private static boolean isSecretariat() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SECRETARIAT".equals(a.getAuthority()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " · Draftroom";
    }
}
