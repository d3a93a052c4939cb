package org.draftroom.documents.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;

/** The side outline: one entry per section ("A. 背景"); a click scrolls the text there. */
public class SectionOutline extends Div {
    private final Map<String, Span> notes = new LinkedHashMap<>();

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
            entry.getElement().addEventListener("keydown", e -> goToSection.accept(section.id())).setFilter("event.key === 'Enter'");
            Span note = new Span();
            note.addClassName("outline-note");
            notes.put(section.id(), note);
            add(new Div(entry, note));
            index++;
        }
    }

    /**
     * A short note after each section's entry (the room shows its open brackets there): sections missing from
     * {@code bySection} get none. Only notes that change are sent.
     */
    public void annotate(Map<String, String> bySection, String title) {
        notes.forEach((section, note) -> {
            String text = bySection.getOrDefault(section, "");
            if (text.equals(note.getText())) return;
            note.setText(text);
            note.setTitle(text.isEmpty() ? "" : title);
        });
    }
}
