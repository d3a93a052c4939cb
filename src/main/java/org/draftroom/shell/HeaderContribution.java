package org.draftroom.shell;

import com.vaadin.flow.component.Component;

/** A feature's widget in the top bar (e.g. the search field). Spring beans of this type are shown in order. */
public interface HeaderContribution {
    Component create();
}
