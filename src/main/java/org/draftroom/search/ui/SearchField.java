package org.draftroom.search.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import org.draftroom.shell.HeaderContribution;

/**
 * The search box in the top bar: Enter opens the results view for the typed text. A plain input rather than a
 * Vaadin TextField, so that views (and their tests) keep their own text fields to themselves.
 */
@Component
class SearchField implements HeaderContribution {

    /** An input element that reports key presses. */
    static final class SearchInput extends Input implements KeyNotifier {
        SearchInput() {
            super(ValueChangeMode.EAGER);
        }
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        SearchInput field = new SearchInput();
        field.setType("search");
        field.addClassName("header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.field"));
        field.getStyle().set("width", "18em").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font", "inherit").set("background", "var(--lumo-base-color)").set("color", "inherit");
        field.addKeyDownListener(Key.ENTER, e -> {
            String q = field.getValue() == null ? "" : field.getValue().strip();
            if (q.isEmpty()) return;
            UI.getCurrent().navigate("search", QueryParameters.of("q", q));
        });
        return field;
    }
}
