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
    private final Div blocks;

    public SectionPanel(Section section, int index, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        this.section = section;
        addClassName("section");
        setId("section-" + section.id());
        H3 heading = new H3();
        heading.add(new Span(label(section, index) + " "), InlineContent.of(section.heading(), ctx));
        blocks = BlockViews.blocks(section.blocks(), ctx, paragraphs);
        add(heading, blocks);
    }

    /** "A." as printed: the stored label, with the full stop a bare letter lacks; else computed from position. */
    static String label(Section section, int index) {
        String label = section.label() == null || section.label().isBlank() ? Numbering.sectionLabel(index)
                : section.label().strip();
        return label.matches("[A-Z]+") ? label + "." : label;
    }

    public Section section() {
        return section;
    }

    /** The section's run of blocks, one child element per top-level block, in order. */
    public Div blocks() {
        return blocks;
    }
}
