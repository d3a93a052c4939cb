package org.draftroom.shell.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.draftroom.security.CurrentUser;
import org.draftroom.shell.HeaderContribution;
import org.draftroom.shell.internal.Translations;

/**
 * The frame around every signed-in view: navigation built from the views' {@code @Menu} entries (their
 * titles are translation keys), the features' header widgets, language switch, demo marker, sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, CurrentUser currentUser, Environment environment,
                      List<HeaderContribution> contributions) {
        Span title = new Span("Draftroom");
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(new DrawerToggle(), title);
        if (environment.matchesProfiles("demo")) {
            Span demo = new Span(getTranslation("shell.demo"));
            demo.getElement().getThemeList().add("badge contrast");
            demo.addClassName("demo-marker");
            demo.getElement().setAttribute("title", getTranslation("shell.demo.tooltip"));
            bar.add(demo);
        }
        contributions.forEach(c -> bar.add(c.create()));
        Span spacer = new Span();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        bar.add(languageSelect());
        currentUser.get().ifPresent(user -> {
            // the name in its own <bdi>: right-to-left or override characters in it cannot flip the role beside it
            Element name = new Element("bdi").setText(currentUser.shownName(user, getLocale()));
            Span who = new Span();
            who.getElement().appendChild(name, new Element("span").setText(" · " + getTranslation("role." + user.role().name())));
            who.addClassName("current-user");
            bar.add(who);
        });
        Button logout = new Button(getTranslation("shell.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(logout);
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }

    /** Each language in its own name, so a reader finds theirs whatever the page is in now. */
    private Select<Locale> languageSelect() {
        Select<Locale> select = new Select<>();
        select.setItems(Translations.LOCALES);
        select.setItemLabelGenerator(l -> l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1));
        Locale current = UI.getCurrent().getLocale();
        select.setValue(Translations.LOCALES.stream().filter(l -> current != null && l.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        select.setWidth("8em");
        select.setAriaLabel(getTranslation("shell.language"));
        select.addClassName("language-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // kept in the session, so every view and later page of this session speaks it
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }
}
