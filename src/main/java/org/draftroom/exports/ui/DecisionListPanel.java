package org.draftroom.exports.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.draftroom.exports.DecisionList;

/** A list of decisions as issued, on the screen: per agenda item the documents it concerns and the decision. */
class DecisionListPanel extends Details {

    DecisionListPanel(DecisionList list) {
        setSummaryText(list.header().symbol() + " · " + list.header().title()
                + (list.header().date() == null ? "" : " · " + list.header().date()));
        addClassName("decision-list");
        Div body = new Div();
        list.preamble().forEach(p -> body.add(point(p)));
        for (DecisionList.AgendaDecision item : list.items()) {
            H4 heading = new H4(getTranslation("publications.item", item.number(), item.title()));
            heading.getStyle().set("margin", "1em 0 0.25em");
            body.add(heading);
            if (!item.documents().isEmpty()) {
                Paragraph docs = new Paragraph(getTranslation("publications.item.documents",
                        String.join(", ", item.documents())));
                docs.getStyle().set("color", "var(--lumo-secondary-text-color)");
                body.add(docs);
            }
            item.text().forEach(p -> body.add(point(p)));
        }
        if (list.closing() != null) body.add(new Paragraph(list.closing()));
        add(body);
    }

    private static Paragraph point(DecisionList.Paragraph p) {
        Paragraph line = new Paragraph();
        if (!p.label().isEmpty()) line.add(new Span(p.label() + " "));
        line.add(new Span(p.text()));
        // (i)-points sit at the text's margin, what nests under them one step in
        line.getStyle().set("margin-inline-start", (p.level() * 2) + "em").set("margin-block", "0.25em");
        return line;
    }
}
