package org.draftroom.search.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.ui.InlineContent;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchResult.Facet;
import org.draftroom.search.SearchResult.FacetValue;
import org.draftroom.search.SearchResult.Hit;
import org.draftroom.search.SearchService;

/**
 * Results of a search: facet checkboxes on the left, hits with highlighted snippets on the right. Each hit links
 * to its paragraph in the document view. Keyboard: ↓/↑ move between hits, Enter opens the focused one. The state
 * lives in the URL (search?q=…&kind=…), so results can be bookmarked and shared.
 */
@Route("search")
@PageTitle("Draftroom")
@Menu(title = "search.menu", order = 30)
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver {
    /** Version facet values: the working texts, and no version filter at all. */
    static final String VERSION_CURRENT = "current";
    static final String VERSION_ALL = "all";
    static final List<String> DIMENSIONS = List.of("document", "version", "section", "delegation", "kind", "status",
            "session");

    private final SearchService search;
    private final DelegationRegistry delegations;
    private final TextField query = new TextField();
    private final Div facetsPanel = new Div();
    private final Div results = new Div();
    private final Span summary = new Span();
    private final Map<String, List<String>> selected = new LinkedHashMap<>();

    public SearchView(SearchService search, DelegationRegistry delegations) {
        this.search = search;
        this.delegations = delegations;
        setSizeFull();
        query.setWidth("32em");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.field"));
        query.setClearButtonVisible(true);
        query.addKeyDownListener(Key.ENTER, e -> navigate());
        Button go = new Button(getTranslation("search.go"), e -> navigate());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.addClassName("search-summary");
        HorizontalLayout bar = new HorizontalLayout(query, go, summary);
        bar.setAlignItems(Alignment.BASELINE);
        facetsPanel.addClassName("search-facets");
        facetsPanel.setWidth("18em");
        results.addClassName("search-results");
        results.getElement().setAttribute("role", "list");
        results.getStyle().set("flex", "1").set("overflow", "auto");
        HorizontalLayout body = new HorizontalLayout(facetsPanel, results);
        body.setSizeFull();
        add(bar, body);
        keyboardNavigation();
    }

    /** Arrow keys move the focus between result links; Enter follows the focused link natively. */
    private void keyboardNavigation() {
        results.getElement().executeJs("""
                const list = this;
                list.addEventListener('keydown', e => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  const links = Array.from(list.querySelectorAll('a.search-hit-link'));
                  if (!links.length) return;
                  const i = links.indexOf(document.activeElement);
                  const next = e.key === 'ArrowDown' ? Math.min(i + 1, links.length - 1) : Math.max(i - 1, 0);
                  links[next].focus();
                  links[next].scrollIntoView({block: 'nearest'});
                  e.preventDefault();
                });""");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        query.setValue(params.getOrDefault("q", List.of("")).getFirst());
        selected.clear();
        for (String dimension : DIMENSIONS) {
            List<String> values = params.getOrDefault(dimension, List.of());
            if (!values.isEmpty()) selected.put(dimension, values);
        }
        show();
    }

    private void navigate() {
        Map<String, List<String>> params = new HashMap<>(selected);
        if (!query.getValue().isBlank()) params.put("q", List.of(query.getValue().strip()));
        UI.getCurrent().navigate("search", new QueryParameters(params));
    }

    private void show() {
        results.removeAll();
        facetsPanel.removeAll();
        if (query.getValue().isBlank() && selected.isEmpty()) {
            summary.setText(getTranslation("search.hint"));
            return;
        }
        SearchResult result;
        try {
            result = search.search(request(versions(), 50));
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            return;
        }
        if (!result.index().ready()) {
            summary.setText(getTranslation("search.building", result.index().percent()));
            ProgressBar bar = new ProgressBar(0, 100, result.index().percent());
            bar.setWidth("20em");
            results.add(bar);
            return;
        }
        summary.setText(getTranslation("search.summary", result.total(), String.format("%.1f", result.tookMillis())));
        result.facets().forEach(f -> facetsPanel.add(facet(f)));
        FoldedHits.fold(result.hits(), sameInOtherVersions(result)).forEach(f -> results.add(hit(f.hit(), f.alsoIn())));
        if (result.hits().isEmpty()) results.add(new Span(getTranslation("search.none")));
    }

    private List<String> get(String dimension) {
        if (dimension.equals("version")) return versions();
        return selected.getOrDefault(dimension, List.of());
    }

    /** The working texts unless versions were chosen; "all" (every box unticked) is no filter. */
    private List<String> versions() {
        List<String> chosen = selected.getOrDefault("version", List.of());
        if (chosen.isEmpty()) return List.of(VERSION_CURRENT);
        return chosen.contains(VERSION_ALL) ? List.of() : chosen;
    }

    private SearchRequest request(List<String> versions, int limit) {
        return new SearchRequest(query.getValue(), get("document"), get("section"), get("delegation"), get("kind"),
                get("status"), get("session"), versions, limit);
    }

    /** The hits of the versions not shown, to say under a shown hit where else the same passage stands. */
    private List<Hit> sameInOtherVersions(SearchResult shown) {
        List<String> current = versions();
        if (current.isEmpty() || shown.hits().isEmpty()) return List.of();
        List<String> others = shown.facets().stream().filter(f -> f.dimension().equals("version"))
                .flatMap(f -> f.values().stream()).map(FacetValue::value).filter(v -> !current.contains(v)).toList();
        return others.isEmpty() ? List.of() : search.search(request(others, SearchRequest.MAX_LIMIT)).hits();
    }

    private Div facet(Facet facet) {
        Div box = new Div();
        box.addClassName("search-facet");
        CheckboxGroup<FacetValue> group = new CheckboxGroup<>(getTranslation("search.facet." + facet.dimension()));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<FacetValue> values = new ArrayList<>(facet.values());
        // keep selected values visible even when the current filters leave them no hits
        for (String v : get(facet.dimension())) {
            if (values.stream().noneMatch(fv -> fv.value().equals(v))) values.add(new FacetValue(v, v, 0));
        }
        group.setItems(values);
        group.setItemLabelGenerator(v -> label(facet.dimension(), v) + " (" + v.count() + ")");
        group.setValue(new java.util.HashSet<>(values.stream()
                .filter(v -> get(facet.dimension()).contains(v.value())).toList()));
        group.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            List<String> chosen = e.getValue().stream().map(FacetValue::value).toList();
            if (chosen.isEmpty() && facet.dimension().equals("version")) selected.put("version", List.of(VERSION_ALL));
            else if (chosen.isEmpty()) selected.remove(facet.dimension());
            else selected.put(facet.dimension(), chosen);
            navigate();
        });
        if (!values.isEmpty()) box.add(group);
        return box;
    }

    private String label(String dimension, FacetValue value) {
        return switch (dimension) {
            case "delegation" -> delegations.displayName(value.value(), getLocale());
            case "version" -> value.value().equals("current") ? getTranslation("search.version.current")
                    : "v" + value.value();
            case "kind", "status" -> {
                String key = "search." + dimension + "." + value.value();
                String t = getTranslation(key);
                yield t.startsWith("!") ? value.value() : t;
            }
            default -> value.label();
        };
    }

    private Div hit(Hit hit, List<Integer> alsoIn) {
        Div row = new Div();
        row.addClassName("search-hit");
        row.getElement().setAttribute("role", "listitem");
        // a frozen version has no reading view of its own: its hits open the document's versions and comparisons
        String href = hit.version() > 0 ? "versions/" + hit.documentId()
                : "documents/" + hit.documentId() + "?" + QueryParameters.simple(Map.of(
                "highlight", hit.blockId(), "q", query.getValue())).getQueryString();
        Anchor link = new Anchor(href, hit.documentSymbol() + (hit.version() > 0 ? " v" + hit.version() : "") + " "
                + hit.label());
        link.addClassName("search-hit-link");
        Span kind = new Span(label("kind", new FacetValue(hit.kind(), hit.kind(), 0)));
        kind.getElement().getThemeList().add("badge");
        HorizontalLayout head = new HorizontalLayout(link, kind);
        if (hit.version() > 0) {
            Span version = new Span(hit.versionLabel());
            version.addClassName("search-hit-version");
            version.getElement().getThemeList().add("badge success");
            head.add(version);
        }
        head.setAlignItems(Alignment.BASELINE);
        for (String d : hit.delegations()) {
            Span who = new Span(delegations.displayName(d, getLocale()));
            who.getElement().getThemeList().add("badge contrast");
            head.add(who);
        }
        if (!hit.section().isBlank()) head.add(new Span(hit.section()));
        if (!alsoIn.isEmpty()) {
            Span also = new Span(getTranslation("search.also-in", FoldedHits.ranges(alsoIn)));
            also.addClassName("search-hit-also-in");
            also.getElement().getThemeList().add("badge success");
            head.add(also);
        }
        row.add(head);
        row.add(InlineContent.rendered(hit.snippetHtml(), "search-snippet"));
        if (!hit.context().isBlank()) {
            Div about = new Div(new Span(getTranslation("search.about") + " " + hit.context()));
            about.addClassName("search-context");
            row.add(about);
        }
        return row;
    }
}
