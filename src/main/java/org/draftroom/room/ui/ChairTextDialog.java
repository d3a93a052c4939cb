package org.draftroom.room.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.room.ChairDraft;
import org.draftroom.room.internal.DocumentEdits;

/**
 * The chair composes an alternative text: choose the paragraphs it replaces and the proposals to merge in; the
 * wording starts from the current text with those merged, and is edited freely before posting.
 */
class ChairTextDialog extends Dialog {
    final CheckboxGroup<String> paragraphs = new CheckboxGroup<>();
    final CheckboxGroup<ChairDraft.Candidate> merge = new CheckboxGroup<>();
    final Div wordings = new Div();
    final List<TextArea> areas = new ArrayList<>();
    final Button post;
    private final RoomDesk desk;
    private final RoomContext ctx;

    static ChairTextDialog open(RoomDesk desk, RoomContext ctx, String blockId) {
        ChairTextDialog d = new ChairTextDialog(desk, ctx, blockId);
        d.open();
        return d;
    }

    private ChairTextDialog(RoomDesk desk, RoomContext ctx, String blockId) {
        this.desk = desk;
        this.ctx = ctx;
        addClassName("room-chair-dialog");
        setHeaderTitle(getTranslation("room.chair-text.title"));
        NegotiationDocument doc = desk.latest().document();
        Numbering numbering = Numbering.of(doc);
        List<String> siblings = DocumentEdits.siblings(doc, blockId).stream().filter(Paragraph.class::isInstance)
                .map(Block::id).toList();
        paragraphs.setLabel(getTranslation("room.chair-text.replaces"));
        paragraphs.setItems(siblings);
        paragraphs.setItemLabelGenerator(id -> String.valueOf(numbering.paragraph(id)));
        paragraphs.setValue(Set.of(blockId));
        merge.setLabel(getTranslation("room.chair-text.merge"));
        merge.setItemLabelGenerator(ChairDraft.Candidate::description);
        merge.addClassName("room-chair-merge");
        paragraphs.addValueChangeListener(e -> redraft(true));
        merge.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) redraft(false);
        });
        Div form = new Div(paragraphs, merge, wordings);
        form.setWidth("52em");
        add(form);
        redraft(true);
        post = new Button(getTranslation("room.chair-text.post"), e -> {
            if (desk.act(() -> ctx.room().postChairText(desk.documentId(), ordered(), areas.stream().map(TextArea::getValue).toList(),
                    ids(merge.getValue())))) {
                close();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClassName("room-chair-post");
        post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(new Button(getTranslation("room.cancel"), e -> close()), post);
    }

    private List<String> ordered() {
        NegotiationDocument doc = desk.latest().document();
        Numbering n = Numbering.of(doc);
        return paragraphs.getValue().stream().sorted((a, b) -> Integer.compare(n.paragraph(a), n.paragraph(b))).toList();
    }

    private static Set<String> ids(Set<ChairDraft.Candidate> chosen) {
        Set<String> out = new LinkedHashSet<>();
        chosen.forEach(c -> out.add(c.proposalId()));
        return out;
    }

    /** Recomputes the starting wording; with new paragraphs also the proposals on offer. */
    private void redraft(boolean newCandidates) {
        desk.act(() -> {
            Set<String> chosen = newCandidates ? Set.of() : ids(merge.getValue());
            ChairDraft draft = ctx.room().chairDraft(desk.documentId(), ordered(), chosen);
            if (newCandidates) merge.setItems(draft.candidates());
            wordings.removeAll();
            areas.clear();
            for (String w : draft.wordings()) {
                TextArea area = new TextArea();
                area.setValue(w);
                area.setWidthFull();
                area.addClassName("room-chair-wording");
                areas.add(area);
                wordings.add(area);
            }
        });
    }
}
