package org.draftroom.room.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.Summaries;
import org.draftroom.security.Role;

/** What can be done with the selected paragraph or item, according to the user's role. */
class BlockInspector extends Div {
    private final RoomDesk desk;

    BlockInspector(RoomDesk desk, RoomContext ctx, RoomPanel panel, NegotiationDocument doc, String blockId) {
        this.desk = desk;
        addClassName("room-block-inspector");
        int number = Numbering.of(doc).paragraph(blockId);
        add(new Div(new Span(number > 0 ? getTranslation("room.paragraph").replace("{0}", String.valueOf(number))
                : getTranslation("room.block"))));
        if (desk.asOf() != null) return;
        String doc1 = desk.documentId();
        if (ctx.speaks()) {
            add(button("room.propose", "room-propose-selected", () -> ProposeDialog.open(desk, ctx, panel, blockId)));
            TextField newText = new TextField(getTranslation("room.new-after"));
            newText.addClassName("room-new-after-text");
            add(newText, button("room.new-after.submit", "room-new-after", () ->
                    ctx.room().proposeNewAfter(doc1, blockId, newText.getValue(), panel.acting(null, List.of()))));
            Select<Section> to = new Select<>();
            to.setLabel(getTranslation("room.move.to"));
            to.setItems(doc.sections());
            to.setItemLabelGenerator(s -> s.label() + " " + Walk.plainText(s.heading()).strip());
            add(to, button("room.move", "room-move", () -> {
                if (to.getValue() == null) throw new IllegalArgumentException(getTranslation("room.move.choose"));
                ctx.room().proposeAboutParagraph(doc1, blockId, ProposalKind.MOVE, to.getValue().id(), panel.acting(null, List.of()));
            }));
            add(button("room.delete", "room-delete", () ->
                    ctx.room().proposeAboutParagraph(doc1, blockId, ProposalKind.DELETE, null, panel.acting(null, List.of()))));
            add(button("room.retain", "room-retain", () ->
                    ctx.room().proposeAboutParagraph(doc1, blockId, ProposalKind.RETAIN, null, panel.acting(null, List.of()))));
            TextField span = new TextField(getTranslation("room.brackets.span"));
            span.addClassName("room-span");
            add(span, button("room.brackets", "room-request-brackets", () ->
                    ctx.room().proposeOnSpan(doc1, blockId, ProposalKind.REQUEST_BRACKETS, span.getValue(), 1, panel.acting(null, List.of()))));
        }
        if (ctx.is(Role.CHAIR)) {
            add(button("room.chair-text", "room-chair-text", () -> ChairTextDialog.open(desk, ctx, blockId)));
            TextField suggestion = new TextField(getTranslation("room.chair-suggestion"));
            add(suggestion, button("room.chair-suggestion.submit", "room-chair-suggestion", () ->
                    ctx.room().chairSuggestion(doc1, blockId, suggestion.getValue(), null)));
        }
        if (ctx.is(Role.SECRETARIAT)) {
            String where = ctx.describe(doc, getLocale()).where(blockId);
            add(confirmed("room.agree", "room-agree", getTranslation("room.agree.confirm.block").replace("{0}", where), () -> {
                ctx.room().agree(doc1, blockId);
                Undo.offer(desk, ctx, blockId, where);
            }, Confirmation.line(getTranslation("room.agree.confirm.block.effect"), "room-confirm-effect")));
            add(button("room.undo-agree", "room-undo-agree", () -> ctx.room().undoAgree(doc1, blockId)));
            add(button("room.edit-base", "room-edit-base", () -> ProposeDialog.open(desk, ctx, panel, blockId, true)));
            add(confirmed("room.renumber", "room-renumber", getTranslation("room.renumber.confirm"),
                    () -> ctx.room().renumber(doc1), relabelling(doc)));
        }
        if (ctx.is(Role.SECRETARIAT) || ctx.is(Role.CHAIR)) {
            add(button("room.show-on-screen", "room-show-on-screen", () -> ctx.room().select(doc1, blockId)));
        }
    }

    /** "C → B, D → C" as renumbering would relabel the sections now; "no label changes" when in order. */
    private Div relabelling(NegotiationDocument doc) {
        NegotiationDocument after = Summaries.relabelSections(doc);
        Div d = new Div();
        d.addClassName("room-renumber-preview");
        for (int i = 0; i < doc.sections().size(); i++) {
            String was = doc.sections().get(i).label();
            String now = after.sections().get(i).label();
            if (!was.equals(now)) {
                d.add(Confirmation.line(was + " → " + now + "  " + Walk.plainText(doc.sections().get(i).heading()).strip(), "room-renumber-change"));
            }
        }
        if (d.getComponentCount() == 0) d.add(Confirmation.line(getTranslation("room.renumber.none"), "room-renumber-change"));
        return d;
    }

    private Button confirmed(String key, String className, String title, Runnable action, com.vaadin.flow.component.Component... body) {
        Button b = new Button(getTranslation(key), e -> Confirmation.ask(desk, title, getTranslation(key), action, body));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        return b;
    }

    private Button button(String key, String className, Runnable action) {
        Button b = new Button(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        b.addClickListener(e -> desk.act(action));
        return b;
    }
}
