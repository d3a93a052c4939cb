package org.draftroom.room.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import org.draftroom.negotiation.Position;
import org.draftroom.room.internal.Describe;
import org.draftroom.room.internal.Standings;

/**
 * Open proposals × delegations: in each cell the delegation's standing position on the proposal (✓ support,
 * ✗ oppose, ? reserve, … comment) or ● when it sponsors it. A row's place links into the text.
 */
class PositionsMatrix extends Div {
    final Grid<Standings.OpenProposal> grid = new Grid<>();
    private final Function<String, String> names;
    private final BiFunction<String, String, RouterLink> link;
    private List<Standings.OpenProposal> all = List.of();

    PositionsMatrix(Function<String, String> names, BiFunction<String, String, RouterLink> link) {
        this.names = names;
        this.link = link;
        addClassName("dashboard-matrix-box");
        grid.addClassName("dashboard-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setHeight("32em");
        Span legend = new Span(String.join(" · ", List.of(
                "✓ " + getTranslation("room.stance.support"), "✗ " + getTranslation("room.stance.oppose"),
                "? " + getTranslation("room.stance.reserve"), "… " + getTranslation("room.stance.comment"),
                "● " + getTranslation("room.dashboard.matrix.sponsor"))));
        legend.addClassName("dashboard-legend");
        add(legend, grid);
    }

    /** Rebuilds the columns: one per delegation that took a position on some open proposal. */
    void show(List<Standings.OpenProposal> open, List<String> holders, Describe describe, boolean onlyWithPositions) {
        all = open;
        grid.removeAllColumns();
        grid.addComponentColumn(o -> link.apply(o.place().words(), o.place().blockId()))
                .setHeader(getTranslation("room.dashboard.where")).setFrozen(true).setAutoWidth(true).setFlexGrow(0)
                .setKey("where");
        grid.addColumn(o -> describe.proposal(o.proposal())).setHeader(getTranslation("room.dashboard.proposal"))
                .setFrozen(true).setWidth("22em").setFlexGrow(0).setTooltipGenerator(o -> describe.proposal(o.proposal()))
                .setKey("proposal");
        for (String d : holders) {
            grid.addColumn(o -> cell(o, d)).setHeader(names.apply(d)).setKey("d-" + d)
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("5.5em").setFlexGrow(0)
                    .setPartNameGenerator(o -> part(o, d))
                    .setTooltipGenerator(o -> o.positions().containsKey(d)
                            ? names.apply(d) + ": " + getTranslation("room.stance." + o.positions().get(d).wire()) : null);
        }
        onlyWithPositions(onlyWithPositions);
    }

    void onlyWithPositions(boolean only) {
        grid.setItems(only ? all.stream().filter(o -> !o.positions().isEmpty()).toList() : all);
    }

    /** The glyph in a cell: the delegation's position, else ● for a sponsor, else nothing. */
    static String cell(Standings.OpenProposal o, String delegation) {
        Position.Stance s = o.positions().get(delegation);
        if (s != null) {
            return switch (s) {
                case SUPPORT -> "✓";
                case OPPOSE -> "✗";
                case RESERVE -> "?";
                case COMMENT -> "…";
            };
        }
        return o.sponsors().contains(delegation) ? "●" : "";
    }

    private static String part(Standings.OpenProposal o, String delegation) {
        Position.Stance s = o.positions().get(delegation);
        if (s != null) return "stance-" + s.wire();
        return o.sponsors().contains(delegation) ? "stance-sponsor" : null;
    }
}
