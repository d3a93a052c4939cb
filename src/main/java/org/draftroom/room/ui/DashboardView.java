package org.draftroom.room.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.documents.StoredDocument;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.VersionService;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Status;
import org.draftroom.room.internal.Describe;
import org.draftroom.room.internal.Places;
import org.draftroom.room.internal.Standings;

/**
 * Where the negotiation on one document stands: open brackets per section and per delegation, who holds what,
 * the positions on every open proposal as a matrix, and the paragraphs in brackets, free of them and agreed in each
 * issued version and now (a bar chart in plain CSS). Every place links into the reading view, on its paragraph.
 * The figures are {@link Standings}'; this view only lays them out.
 */
@Route("dashboard/:id?")
@Menu(title = "room.dashboard.menu", order = 3)
@PermitAll
@StyleSheet("styles/dashboard.css")
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentService documents;
    private final VersionService versions;
    private final DelegationRegistry delegations;
    final ComboBox<DocumentSummary> document = new ComboBox<>();
    final Paragraph summary = new Paragraph();
    final Grid<Standings.SectionRow> sections = new Grid<>();
    final Grid<Standings.DelegationRow> holders = new Grid<>();
    final PositionsMatrix matrix;
    final Checkbox onlyWithPositions = new Checkbox();
    final Div progress = new Div();
    final com.vaadin.flow.component.html.Anchor timelineLink = new com.vaadin.flow.component.html.Anchor();
    private final Div body = new Div();
    private String documentId;
    private String symbol = "";

    DashboardView(DocumentService documents, VersionService versions, DelegationRegistry delegations) {
        this.documents = documents;
        this.versions = versions;
        this.delegations = delegations;
        this.matrix = new PositionsMatrix(this::name, this::link);
        addClassName("dashboard");
        document.setLabel(getTranslation("room.dashboard.document"));
        document.setItems(documents.list());
        document.setItemLabelGenerator(d -> d.symbol() + " · " + d.title());
        document.setWidth("min(40em, 100%)");
        document.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class, new RouteParameters("id", e.getValue().id())));
            }
        });
        summary.addClassName("dashboard-summary");
        sectionGrid();
        holderGrid();
        onlyWithPositions.setLabel(getTranslation("room.dashboard.matrix.only-with-positions"));
        onlyWithPositions.setValue(true);
        onlyWithPositions.addClassName("dashboard-only-with-positions");
        onlyWithPositions.addValueChangeListener(e -> matrix.onlyWithPositions(e.getValue()));
        progress.addClassName("dashboard-progress");
        body.addClassName("dashboard-body");
        body.add(summary,
                card("dashboard-card-progress", "room.dashboard.progress", new Paragraph(getTranslation("room.dashboard.progress.help")), progress),
                card("dashboard-card-sections", "room.dashboard.sections", sections),
                card("dashboard-card-holders", "room.dashboard.holders", holders),
                card("dashboard-card-matrix", "room.dashboard.matrix", new Paragraph(getTranslation("room.dashboard.matrix.help")),
                        onlyWithPositions, matrix));
        // who did what when on this document (TimelineView)
        timelineLink.setText(getTranslation("room.timeline.menu"));
        timelineLink.addClassName("dashboard-timeline-link");
        timelineLink.setVisible(false);
        add(new H2(getTranslation("room.dashboard.title")), document, timelineLink, body);
    }

    private Div card(String className, String titleKey, Component... parts) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.add(parts);
        card.addClassNames("dashboard-card", className);
        return card;
    }

    private void sectionGrid() {
        sections.addClassName("dashboard-sections");
        sections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sections.setAllRowsVisible(true);
        sections.addComponentColumn(s -> link(sectionWords(s), s.firstBlockId()))
                .setHeader(getTranslation("room.dashboard.section")).setFlexGrow(2).setKey("section");
        sections.addColumn(Standings.SectionRow::openBrackets).setHeader(getTranslation("room.dashboard.open-brackets"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        sections.addColumn(s -> s.paragraphs().open() + " / " + s.paragraphs().clear() + " / " + s.paragraphs().agreed())
                .setHeader(getTranslation("room.dashboard.paragraphs-states")).setAutoWidth(true).setFlexGrow(0);
        sections.addColumn(s -> byDelegation(s.openByDelegation()))
                .setHeader(getTranslation("room.dashboard.open-by-delegation")).setFlexGrow(3);
    }

    private void holderGrid() {
        holders.addClassName("dashboard-holders");
        holders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        holders.setAllRowsVisible(true);
        holders.addColumn(d -> name(d.delegationId())).setHeader(getTranslation("room.dashboard.delegation"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        holders.addColumn(Standings.DelegationRow::open).setHeader(getTranslation("room.dashboard.open-proposals"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        holders.addColumn(d -> d.proposals().getOrDefault(Status.AGREED, 0)).setHeader(getTranslation("room.status.agreed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        holders.addColumn(d -> d.proposals().getOrDefault(Status.WITHDRAWN, 0) + d.proposals().getOrDefault(Status.SUPERSEDED, 0))
                .setHeader(getTranslation("room.dashboard.withdrawn-superseded")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        holders.addColumn(this::positions).setHeader(getTranslation("room.dashboard.positions")).setAutoWidth(true).setFlexGrow(0);
        holders.addComponentColumn(d -> {
            Div where = new Div();
            where.addClassName("dashboard-places");
            for (Places.Place p : d.openPlaces()) where.add(link(p.words(), p.blockId()));
            return where;
        }).setHeader(getTranslation("room.dashboard.where")).setFlexGrow(1).setKey("where");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().get("id").orElse(null);
        body.setVisible(documentId != null);
        timelineLink.setVisible(documentId != null);
        if (documentId == null) return;
        timelineLink.setHref("timeline/" + documentId);
        try {
            StoredDocument stored = documents.get(documentId);
            symbol = stored.document().header().symbol();
            documents.list().stream().filter(d -> d.id().equals(documentId)).findFirst().ifPresent(document::setValue);
            show(stored);
        } catch (DocumentNotFoundException e) {
            body.setVisible(false);
            summary.setText(getTranslation("documents.notfound").replace("{0}", documentId));
            body.removeAll();
            body.add(summary);
            body.setVisible(true);
        }
    }

    private void show(StoredDocument stored) {
        Standings.Result r = Standings.of(stored.document());
        Describe describe = new Describe(stored.document(), this::name);
        int open = r.open().size();
        int all = org.draftroom.negotiation.Walk.proposals(stored.document()).size();
        summary.setText(getTranslation("room.dashboard.summary")
                .replace("{0}", String.valueOf(open)).replace("{1}", String.valueOf(all))
                .replace("{2}", String.valueOf(r.paragraphs().total())).replace("{3}", String.valueOf(r.paragraphs().open()))
                .replace("{4}", String.valueOf(r.paragraphs().clear())).replace("{5}", String.valueOf(r.paragraphs().agreed())));
        sections.setItems(r.sections());
        holders.setItems(r.delegations());
        matrix.show(r.open(), r.positionHolders(), describe, onlyWithPositions.getValue());
        showProgress(stored);
    }

    /** One bar per issued version and one for the working text now, each split in the three paragraph states. */
    private void showProgress(StoredDocument stored) {
        List<ProgressBars.Bar> bars = new ArrayList<>();
        for (DocumentVersion v : versions.versions(documentId)) {
            Standings.Paragraphs p = Standings.of(versions.text(documentId, v.number())).paragraphs();
            bars.add(new ProgressBars.Bar("v" + v.number() + " · " + (v.sessionCode() == null ? "" : v.sessionCode() + " · ")
                    + (v.issuedAs() != null ? v.issuedAs() : v.symbol()), p));
        }
        bars.add(new ProgressBars.Bar(getTranslation("room.dashboard.progress.now")
                .replace("{0}", String.valueOf(stored.revision())), Standings.of(stored.document()).paragraphs()));
        progress.removeAll();
        progress.add(ProgressBars.of(bars, this::getTranslation));
    }

    private String sectionWords(Standings.SectionRow s) {
        if (s.sectionId().isEmpty()) return getTranslation("room.dashboard.opening");
        return getTranslation("room.dashboard.section-label").replace("{0}", s.label()) + (s.heading().isEmpty() ? "" : " · " + s.heading());
    }

    private String byDelegation(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> name(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private String positions(Standings.DelegationRow d) {
        List<String> parts = new ArrayList<>();
        for (Position.Stance s : Position.Stance.values()) {
            int n = d.positions().getOrDefault(s, 0);
            if (n > 0) parts.add(getTranslation("room.stance." + s.wire()) + " " + n);
        }
        return String.join(", ", parts);
    }

    /** A delegation's name in the reader's language; what nobody could be credited with says so. */
    String name(String id) {
        if (id == null || id.isEmpty()) return getTranslation("room.unattributed");
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return delegations.displayName(id, locale);
    }

    /** A link into the reading view that lands on the block ({@code ?highlight=}, as search results do). */
    RouterLink link(String text, String blockId) {
        RouterLink link = new RouterLink(text, DocumentView.class, new RouteParameters("id", documentId));
        link.setQueryParameters(QueryParameters.of("highlight", blockId));
        link.addClassName("dashboard-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return (symbol.isEmpty() ? "" : symbol + " · ") + getTranslation("room.dashboard.title") + " · Draftroom";
    }
}
