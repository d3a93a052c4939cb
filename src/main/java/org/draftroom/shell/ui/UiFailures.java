package org.draftroom.shell.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.draftroom.DatabaseDown;

/**
 * What a view's unexpected failure looks like to its user. Vaadin's own handler only logs it in production, so
 * a Submit whose write failed (a full disk, a closed database) looked as if nothing had happened, or had worked.
 * Every session gets this handler: the failure is logged with an id and the user is told, in their language,
 * that nothing was saved because the database is unavailable, or that it failed and which id to quote.
 */
@Component
class UiFailures implements VaadinServiceInitListener, ErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(UiFailures.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String id = UUID.randomUUID().toString();
        boolean databaseDown = DatabaseDown.causes(failure);
        if (databaseDown) log.warn("ui failure {}: the database cannot be reached or written", id, failure);
        else log.error("ui failure {}: unexpected", id, failure);
        UI ui = UI.getCurrent();
        if (ui == null) return;
        String text = databaseDown ? ui.getTranslation("shell.failure.database")
                : ui.getTranslation("shell.failure.unexpected", id);
        Notification n = new Notification(text, 10_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }
}
