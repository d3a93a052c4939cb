package org.draftroom.delegations.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.delegations.Forum;

/**
 * Read-only reference: the groups of one forum (or every forum) with their members, and every UN Member and
 * observer State with its UN names in the six languages and its formal name.
 */
@Route("delegations")
@PageTitle("Draftroom")
@Menu(title = "delegations.menu", order = 80)
@PermitAll
class DelegationsView extends VerticalLayout {
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final DelegationRegistry registry;
    private final Grid<Delegation> states = new Grid<>();
    private final Grid<Delegation> groups = new Grid<>();
    /** Null: every forum. */
    private Forum forum;
    private String filter = "";

    public DelegationsView(DelegationRegistry registry) {
        this.registry = registry;
        setSizeFull();
        add(new H2(getTranslation("delegations.groups")), forumChoice(), groupsGrid());
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("delegations.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> showStates(e.getValue()));
        add(new H2(getTranslation("delegations.states")), filter, statesGrid());
        showForum(null);
    }

    /** WIPO committees seat WIPO's regional groups, UN bodies the G77, AOSIS and the other UN groups. */
    private Select<String> forumChoice() {
        Select<String> choice = new Select<>();
        choice.addClassName("forum-choice");
        choice.setLabel(getTranslation("delegations.forum"));
        List<String> items = new java.util.ArrayList<>(List.of("all"));
        for (Forum f : Forum.values()) items.add(f.name());
        choice.setItems(items);
        choice.setItemLabelGenerator(k -> getTranslation("delegations.forum." + k));
        choice.setValue("all");
        choice.addValueChangeListener(e -> showForum(e.getValue() == null || e.getValue().equals("all") ? null
                : Forum.valueOf(e.getValue())));
        return choice;
    }

    private void showForum(Forum chosen) {
        forum = chosen;
        groups.setItems(registry.all().stream().filter(d -> d.kind() != Delegation.Kind.STATE && d.seatedIn(forum))
                .toList());
        showStates(filter);
    }

    private Grid<Delegation> groupsGrid() {
        Grid<Delegation> grid = groups;
        grid.addClassName("groups-grid");
        grid.addComponentColumn(this::swatch).setHeader(getTranslation("delegations.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.name(language())).setHeader(getTranslation("delegations.name")).setAutoWidth(true);
        grid.addColumn(d -> d.members().stream().map(m -> registry.displayName(m, getLocale()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("delegations.members")).setFlexGrow(4);
        grid.addColumn(d -> d.members().size()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Delegation> statesGrid() {
        states.addClassName("states-grid");
        states.addComponentColumn(this::swatch).setHeader(getTranslation("delegations.id")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Delegation::id);
        for (String language : LANGUAGES) {
            states.addColumn(d -> d.names().get(language)).setHeader(getTranslation("delegations.lang." + language))
                    .setSortable(true).setAutoWidth(true);
        }
        states.addColumn(d -> registry.formalName(d.id(), getLocale())).setHeader(getTranslation("delegations.formal"))
                .setAutoWidth(true);
        states.addColumn(d -> registry.groupsOf(d.id()).stream().filter(g -> g.seatedIn(forum))
                .map(g -> g.name(language())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("delegations.forum.groups")).setAutoWidth(true);
        states.addColumn(d -> String.join(" · ", d.aliases())).setHeader(getTranslation("delegations.aliases"));
        states.addThemeVariants(GridVariant.LUMO_COMPACT);
        states.setMinHeight("24em");
        states.setWidthFull();
        return states;
    }

    private void showStates(String value) {
        filter = value == null ? "" : value;
        String f = filter.trim().toLowerCase(Locale.ROOT);
        states.setItems(registry.states().stream().filter(d -> f.isEmpty() || matches(d, f)).toList());
    }

    private static boolean matches(Delegation d, String f) {
        return d.id().toLowerCase(Locale.ROOT).contains(f)
                || d.names().values().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(f))
                || d.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f));
    }

    private Span swatch(Delegation d) {
        Span id = new Span(d.id());
        id.getStyle().set("color", registry.colour(d.id())).set("font-weight", "600");
        return id;
    }

    private String language() {
        Locale locale = getLocale();
        return locale == null ? "en" : locale.getLanguage();
    }
}
