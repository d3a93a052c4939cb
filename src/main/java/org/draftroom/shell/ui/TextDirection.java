package org.draftroom.shell.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Arabic mirrors the whole page: every new UI sets {@code dir} on the document element from its locale, so
 * Lumo and the app's logical CSS (margin-inline-start, …) lay the shell out right to left. Switching the
 * language reloads the page, which makes a new UI, so the direction follows the switch.
 */
@Component
class TextDirection implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setDirection(of(ui.getLocale()));
        });
    }

    /** Right to left for the UN's right-to-left language (Arabic); every other UI language is left to right. */
    static Direction of(Locale locale) {
        return locale != null && locale.getLanguage().equals("ar") ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }
}
