package org.draftroom.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. {@code @Push} (WebSocket) lets every open view of a document update the moment anyone
 * commits a change. Only stylesheets are added, so Vaadin's pre-compiled bundle is used and no npm build
 * is needed (ADR 0004).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/draftroom.css")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
