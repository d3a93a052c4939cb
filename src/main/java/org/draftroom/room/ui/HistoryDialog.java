package org.draftroom.room.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

import org.draftroom.room.TimelineEntry;

/** Every recorded change on a paragraph: who typed it, when, for whom, what; and the text as it stood then. */
class HistoryDialog extends Dialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    final Grid<TimelineEntry> grid = new Grid<>();

    static HistoryDialog open(RoomDesk desk, RoomContext ctx, String blockId) {
        HistoryDialog d = new HistoryDialog(desk, ctx, blockId);
        d.open();
        return d;
    }

    private HistoryDialog(RoomDesk desk, RoomContext ctx, String blockId) {
        addClassName("room-history-dialog");
        setHeaderTitle(getTranslation("room.history.title"));
        setWidth("60em");
        List<TimelineEntry> entries = ctx.timeline().ofBlock(desk.documentId(), blockId).reversed();
        grid.setItems(entries);
        grid.addColumn(h -> TIME.format(h.at())).setHeader(getTranslation("room.history.when")).setAutoWidth(true);
        // the timeline's words: "Pakistan", "Secretariat for Canada" (who typed it and for whom, in one)
        grid.addColumn(h -> ChangeWords.who(h, ctx.delegations(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("room.history.who")).setAutoWidth(true);
        grid.addColumn(h -> h.summary() == null ? h.action() : h.summary()).setHeader(getTranslation("room.history.what")).setFlexGrow(1);
        grid.addComponentColumn(h -> {
            Button show = new Button(getTranslation("room.history.as-of"), e -> {
                desk.asOf(h.revision());
                close();
            });
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            show.addClassName("room-as-of-button");
            return show;
        }).setAutoWidth(true);
        add(grid);
        getFooter().add(new Button(getTranslation("room.close"), e -> close()));
    }
}
