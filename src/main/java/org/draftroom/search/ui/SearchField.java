package org.draftroom.search.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.draftroom.shell.HeaderContribution;

/** The search box in the top bar: Enter opens the results view for the typed text. */
@Component
class SearchField implements HeaderContribution {

    @Override
    public com.vaadin.flow.component.Component create() {
        TextField field = new TextField();
        field.addClassName("header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.field"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setWidth("18em");
        field.addKeyDownListener(Key.ENTER, e -> {
            String q = field.getValue().strip();
            if (q.isEmpty()) return;
            UI.getCurrent().navigate("search", QueryParameters.of("q", q));
        });
        return field;
    }
}
