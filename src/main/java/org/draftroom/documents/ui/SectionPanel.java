package org.draftroom.documents.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Section;

/** A lettered section: its heading (which may itself carry proposals) and its blocks. */
public class SectionPanel extends Div {
    private final Section section;

    public SectionPanel(Section section, int index, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        this.section = section;
        addClassName("section");
        setId("section-" + section.id());
        H3 heading = new H3();
        String label = section.label() != null && !section.label().isBlank() ? section.label()
                : Numbering.sectionLabel(index) + ".";
        heading.add(new Span(label + " "), InlineContent.of(section.heading(), ctx));
        add(heading, BlockViews.blocks(section.blocks(), ctx, paragraphs));
    }

    public Section section() {
        return section;
    }
}
