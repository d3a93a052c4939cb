package org.draftroom.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Status;

/**
 * One paragraph: its computed number, the text with proposals in place, its items, and an (initially empty)
 * actions slot where editing views add their buttons.
 */
public class ParagraphPanel extends Div {
    private final Paragraph paragraph;
    private final Div actions = new Div();

    public ParagraphPanel(Paragraph paragraph, ReadingContext ctx, java.util.function.Consumer<ParagraphPanel> nested) {
        this.paragraph = paragraph;
        addClassName("paragraph");
        if (paragraph.bracketed()) addClassName("bracketed");
        if (paragraph.status() != null) addClassName("status-" + paragraph.status().wire());
        setId("block-" + paragraph.id());
        getElement().setAttribute("data-block", paragraph.id());

        Div line = new Div();
        line.addClassName("paragraph-line");
        int number = ctx.numbering().paragraph(paragraph.id());
        if (paragraph.numbered() && number > 0) {
            Span label = new Span(number + ".");
            label.addClassName("paragraph-number");
            line.add(label);
        }
        Span text = InlineContent.of(paragraph.content(), ctx, paragraph.bracketed());
        text.addClassName("paragraph-text");
        line.add(text);
        if (paragraph.status() == Status.AGREED) {
            Span agreed = new Span(ctx.t("documents.status.agreed"));
            agreed.getElement().getThemeList().add("badge success small");
            agreed.addClassName("paragraph-status");
            line.add(agreed);
        }
        actions.addClassName("paragraph-actions");
        line.add(actions);
        add(line);
        if (!paragraph.items().isEmpty()) add(BlockViews.blocks(paragraph.items(), ctx, nested));
    }

    public Paragraph paragraph() {
        return paragraph;
    }

    public String blockId() {
        return paragraph.id();
    }

    /** Where an editing view puts its controls for this paragraph. */
    public Div actions() {
        return actions;
    }
}
