package org.draftroom.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.security.Role;

@DraftroomIT
class UiFailuresIT {
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuUi.signIn(context, "pakistan", Role.DELEGATE);
        NotificationsKt.clearNotifications();
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void a_view_failing_on_a_database_that_cannot_write_tells_the_user_nothing_was_saved() {
        fail(new CannotGetJdbcConnectionException("pool", new SQLException("The database has been closed", "90098", 90098)));
        assertThat(shown()).singleElement().asString().contains("nothing was saved");
    }

    @Test
    void any_other_failure_tells_the_user_it_may_not_be_saved_and_which_error_id_to_quote() {
        fail(new IllegalStateException("a bug"));
        assertThat(shown()).singleElement().asString()
                .matches("Something went wrong and this action may not have been saved\\. Quote error [0-9a-f-]{36} .*");
    }

    /** What a Vaadin request that threw does: hands the failure to the session's error handler. */
    private static void fail(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private static List<String> shown() {
        return NotificationsKt.getNotifications().stream().map(UiFailuresIT::text).toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }
}
