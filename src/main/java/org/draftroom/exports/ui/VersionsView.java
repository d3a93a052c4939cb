package org.draftroom.exports.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.documents.SessionService;
import org.draftroom.documents.ui.InlineContent;
import org.draftroom.exports.Comparison;
import org.draftroom.exports.ComparisonSummary;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.VersionService;
import org.draftroom.security.CurrentUser;
import org.draftroom.security.Role;

/**
 * A document's versions (as issued at sessions), the comparison of any two of them or of one with the working
 * state, and exports. Reached from the menu (pick a document) or at {@code versions/<documentId>}.
 */
@Route("versions/:id?")
@Menu(title = "exports.menu", order = 5)
@PermitAll
class VersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentService documents;
    private final VersionService versions;
    private final ExportService exports;
    private final SessionService sessions;
    private final boolean secretariat;
    final ComboBox<DocumentSummary> document = new ComboBox<>();
    final Grid<DocumentVersion> grid = new Grid<>();
    final Select<String> from = new Select<>();
    final Select<String> to = new Select<>();
    final Div summary = new Div();
    final Div comparison = new Div();
    private String documentId;

    public VersionsView(DocumentService documents, VersionService versions, ExportService exports,
                        SessionService sessions, CurrentUser user) {
        this.sessions = sessions;
        this.documents = documents;
        this.versions = versions;
        this.exports = exports;
        this.secretariat = user.get().map(u -> u.role() == Role.SECRETARIAT).orElse(false);
        setSizeFull();
        add(new H2(getTranslation("exports.title")));
        // the sessions versions are issued at, and what else is issued, one click away
        HorizontalLayout see = new HorizontalLayout(new Span(getTranslation("publications.see")),
                new Anchor("sessions", getTranslation("publications.sessions-link")),
                new RouterLink(getTranslation("publications.title"), PublicationsView.class));
        add(see);
        document.setLabel(getTranslation("exports.document"));
        document.setItems(documents.list());
        document.setItemLabelGenerator(d -> d.symbol() + " · " + d.title());
        document.setWidth("40em");
        document.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(VersionsView.class, new RouteParameters("id", e.getValue().id())));
            }
        });
        grid.addColumn(v -> "v" + v.number()).setHeader(getTranslation("exports.column.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.issuedAs() != null ? v.issuedAs() : v.symbol())
                .setHeader(getTranslation("exports.column.issued-as"));
        grid.addColumn(DocumentVersion::sessionCode).setHeader(getTranslation("exports.column.session"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DocumentVersion::issuedOn).setHeader(getTranslation("exports.column.date")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DocumentVersion::frozenBy).setHeader(getTranslation("exports.column.frozen-by"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("exports.versions.empty"));
        from.setLabel(getTranslation("exports.compare.from"));
        to.setLabel(getTranslation("exports.compare.to"));
        Button compare = new Button(getTranslation("exports.compare"), e -> compare());
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button exportComparison = new Button(getTranslation("exports.compare.export"), e ->
                new ExportDialog(exports, documentId, to.getValue(), from.getValue()).open());
        Button export = new Button(getTranslation("exports.export"), e ->
                new ExportDialog(exports, documentId, to.getValue(), null).open());
        Button freeze = new Button(getTranslation("exports.freeze"), e -> freezeDialog().open());
        freeze.setVisible(secretariat);
        HorizontalLayout actions = new HorizontalLayout(from, to, compare, exportComparison, export, freeze);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        comparison.addClassName("comparison");
        add(document, new H3(getTranslation("exports.versions")), grid, actions, summary, comparison);
    }

    FreezeDialog freezeDialog() {
        return new FreezeDialog(versions, sessions, documentId, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().get("id").orElse(null);
        refresh();
    }

    void refresh() {
        boolean chosen = documentId != null;
        grid.setVisible(chosen);
        if (!chosen) return;
        documents.list().stream().filter(d -> d.id().equals(documentId)).findFirst().ifPresent(document::setValue);
        List<DocumentVersion> list = versions.versions(documentId);
        grid.setItems(list);
        List<String> refs = new ArrayList<>();
        list.forEach(v -> refs.add(Integer.toString(v.number())));
        refs.add(VersionService.CURRENT);
        from.setItems(refs);
        to.setItems(refs);
        from.setItemLabelGenerator(this::refLabel);
        to.setItemLabelGenerator(this::refLabel);
        from.setValue(refs.size() > 1 ? refs.get(refs.size() - 2) : refs.getFirst());
        to.setValue(VersionService.CURRENT);
    }

    private String refLabel(String ref) {
        if (ref.equals(VersionService.CURRENT)) return getTranslation("exports.current");
        return versions.versions(documentId).stream().filter(v -> Integer.toString(v.number()).equals(ref))
                .findFirst().map(DocumentVersion::label).orElse(ref);
    }

    void compare() {
        if (documentId == null) return;
        try {
            Comparison c = exports.compare(documentId, from.getValue(), to.getValue(), null);
            ComparisonSummary s = c.summary();
            summary.removeAll();
            summary.add(new Paragraph(s.identical() ? getTranslation("exports.compare.identical")
                    : getTranslation("exports.compare.summary", s.paragraphsAdded(), s.paragraphsRemoved(),
                    s.paragraphsMoved(), s.paragraphsChanged(), s.paragraphsRenumbered(), s.proposalsAdded(),
                    s.proposalsWithdrawn(), s.proposalsAgreed())));
            comparison.removeAll();
            comparison.add(InlineContent.rendered(c.html(), "comparison-text"));
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exports.title") + " · Draftroom";
    }

}
