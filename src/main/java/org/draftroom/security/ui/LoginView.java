package org.draftroom.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.core.env.Environment;

/** Sign-in page. In the demo profile it says which accounts exist. */
@Route(value = "login", autoLayout = false)
@PageTitle("Draftroom")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(Environment environment) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Draftroom"), form);
        if (environment.matchesProfiles("demo")) {
            Paragraph hint = new Paragraph(getTranslation("login.demo-hint"));
            hint.addClassName("demo-hint");
            add(hint);
        }
    }

    /** {@code ?error} alone is a wrong name or password; {@code ?error=wait|name|locked} say more (LoginFailures). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var error = parameters.getSingleParameter("error");
        if (error.isEmpty() && !parameters.getParameters().containsKey("error")) {
            form.setError(false);
            return;
        }
        String seconds = parameters.getSingleParameter("seconds").filter(v -> v.matches("\\d{1,4}")).orElse("");
        String message = switch (error.orElse("")) {
            case "wait" -> getTranslation("login.error.wait", seconds);
            case "name" -> getTranslation("login.error.name");
            case "locked" -> getTranslation("login.error.locked");
            default -> getTranslation("login.error.message");
        };
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }
}
