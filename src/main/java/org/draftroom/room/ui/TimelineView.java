package org.draftroom.room.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryQuery;
import org.draftroom.room.DocumentTimeline;
import org.draftroom.room.TimelineEntry;

/**
 * Who did what when on one document: every revision, newest first, with its time, who made it in the room's words
 * ("Secretariat for Canada") and its history line, filtered by delegation and by kind of action, read a page at a
 * time from the database. Each line opens the text as it stood after it ({@code documents/{id}?revision=N}, read
 * only). Open to every role: the revision history is the record of the negotiation.
 */
@Route("timeline/:id")
@PermitAll
@StyleSheet("styles/timeline.css")
class TimelineView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final int PAGE = 50;
    private final DocumentTimeline timeline;
    private final DocumentService documents;
    private final DelegationRegistry delegations;
    final ComboBox<Delegation> delegation = new ComboBox<>();
    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();
    final Grid<TimelineEntry> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    private final H2 title = new H2();
    private final Div links = new Div();
    private final Div body = new Div();
    private String documentId;
    private String symbol = "";

    TimelineView(DocumentTimeline timeline, DocumentService documents, DelegationRegistry delegations) {
        this.timeline = timeline;
        this.documents = documents;
        this.delegations = delegations;
        addClassName("timeline");
        delegation.addClassName("timeline-delegation");
        delegation.setLabel(getTranslation("room.timeline.delegation"));
        delegation.setPlaceholder(getTranslation("room.timeline.everyone"));
        delegation.setClearButtonVisible(true);
        delegation.setItems(delegations.all().stream().sorted(Comparator.comparing(this::name)).toList());
        delegation.setItemLabelGenerator(this::name);
        delegation.addValueChangeListener(e -> refresh());
        kinds.addClassName("timeline-kinds");
        kinds.setLabel(getTranslation("room.timeline.kinds"));
        kinds.setPlaceholder(getTranslation("room.timeline.all-kinds"));
        kinds.setItemLabelGenerator(this::actionWords);
        kinds.addValueChangeListener(e -> refresh());
        Div filters = new Div(delegation, kinds);
        filters.addClassName("timeline-filters");
        columns();
        grid.setPageSize(PAGE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("timeline-grid");
        count.addClassName("timeline-count");
        links.addClassName("timeline-links");
        body.addClassName("timeline-body");
        body.add(links, filters, count, grid);
        add(title, body);
    }

    private void columns() {
        Locale locale = locale();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        grid.addColumn(TimelineEntry::revision).setHeader(getTranslation("room.timeline.revision"))
                .setAutoWidth(true).setFlexGrow(0).setKey("revision");
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("room.timeline.when"))
                .setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(this::who).setHeader(getTranslation("room.timeline.who")).setWidth("15rem").setFlexGrow(0).setKey("who");
        grid.addColumn(this::what).setHeader(getTranslation("room.timeline.what")).setFlexGrow(1).setKey("what");
        grid.addComponentColumn(e -> {
            Anchor asOf = new Anchor("documents/" + e.documentId() + "?revision=" + e.revision(),
                    getTranslation("room.timeline.as-it-stood"));
            asOf.addClassName("timeline-as-of");
            return asOf;
        }).setAutoWidth(true).setFlexGrow(0).setKey("as-of");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().get("id").orElse("");
        try {
            symbol = documents.get(documentId).document().header().symbol();
        } catch (DocumentNotFoundException notFound) {
            symbol = "";
            title.setText(getTranslation("room.timeline.title").replace("{0}", documentId));
            body.removeAll();
            Paragraph message = new Paragraph(getTranslation("documents.notfound").replace("{0}", documentId));
            message.addClassName("timeline-not-found");
            body.add(message);
            return;
        }
        title.setText(getTranslation("room.timeline.title").replace("{0}", symbol));
        links.removeAll();
        links.add(link("documents/" + documentId, "room.timeline.to-text"), new Span(" · "),
                link("dashboard/" + documentId, "room.timeline.to-dashboard"));
        kinds.setItems(timeline.actions(documentId));
        refresh();
    }

    private Anchor link(String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.addClassName("timeline-link");
        return a;
    }

    /** Filters changed (or a new document): the grid reads the matching changes anew, a page at a time. */
    private void refresh() {
        if (documentId == null || symbol.isEmpty()) return;
        String id = documentId;
        HistoryQuery query = query();
        long matching = timeline.count(id, query);
        count.setText(getTranslation("room.timeline.count", matching));
        grid.setItems(q -> timeline.page(id, query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, timeline.count(id, query)));
    }

    HistoryQuery query() {
        Delegation d = delegation.getValue();
        return new HistoryQuery(d == null ? null : d.id(), Set.copyOf(kinds.getValue()));
    }

    String who(TimelineEntry e) {
        return ChangeWords.who(e, delegations, locale(), this::getTranslation);
    }

    private String what(TimelineEntry e) {
        return e.summary() == null || e.summary().isBlank() ? actionWords(e.action()) : e.summary();
    }

    /** "proposal", "position"; an action without words of its own (a newer module's) reads as recorded. */
    String actionWords(String action) {
        String key = "room.timeline.action." + action;
        String words = getTranslation(key);
        return words.equals("!" + key + "!") ? action : words;
    }

    private String name(Delegation d) {
        return delegations.displayName(d.id(), locale());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return (symbol.isEmpty() ? "" : symbol + " · ") + getTranslation("room.timeline.menu") + " · Draftroom";
    }
}
