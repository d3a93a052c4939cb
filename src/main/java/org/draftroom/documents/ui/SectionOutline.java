package org.draftroom.documents.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;

/** The side outline: one entry per section ("A. 背景"); a click scrolls the text there. */
public class SectionOutline extends Div {

    public SectionOutline(ReadingContext ctx, Consumer<String> goToSection) {
        addClassName("section-outline");
        add(new H4(ctx.t("documents.outline")));
        int index = 0;
        for (Section section : ctx.document().sections()) {
            String label = SectionPanel.label(section, index);
            Span entry = new Span(label + " " + Walk.plainText(section.heading()).strip());
            entry.addClassName("outline-entry");
            entry.getElement().setAttribute("role", "link");
            entry.getElement().setAttribute("tabindex", "0");
            entry.getElement().setAttribute("data-section", section.id());
            entry.addClickListener(e -> goToSection.accept(section.id()));
            add(new Div(entry));
            index++;
        }
    }
}
