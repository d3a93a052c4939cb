package org.draftroom.documents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;

/** Home: every document, by session and symbol; a click opens it. */
@Route("")
@RouteAlias("documents")
@Menu(title = "documents.menu", order = 0)
@PermitAll
public class DocumentListView extends VerticalLayout implements HasDynamicTitle {
    final Grid<DocumentSummary> grid = new Grid<>();

    public DocumentListView(DocumentService documents) {
        setSizeFull();
        add(new H2(getTranslation("documents.list.title")));
        grid.addColumn(DocumentSummary::symbol).setHeader(getTranslation("documents.column.symbol"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(DocumentSummary::title).setHeader(getTranslation("documents.column.title"))
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(d -> LanguageNames.of(d.language(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("documents.column.language")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DocumentSummary::sessionCode).setHeader(getTranslation("documents.column.session"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("documents.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(DocumentView.class, new RouteParameters("id", e.getItem().id()))));
        grid.setItems(documents.list());
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.list.title") + " · Draftroom";
    }
}
