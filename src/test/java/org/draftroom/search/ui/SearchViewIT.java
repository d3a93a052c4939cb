package org.draftroom.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;
import org.draftroom.search.SearchResult.FacetValue;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.search.internal.IndexMaintainer;
import org.draftroom.security.Role;

@DraftroomIT
class SearchViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    IndexMaintainer maintainer;
    @Autowired
    VersionService versions;
    String id;

    @BeforeEach
    void open() throws InterruptedException {
        KaribuUi.signIn(context, "secretariat", Role.SECRETARIAT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        id = documents.create(TestDocuments.termsOfReference("ignored"), "PBC/34");
        assertThat(maintainer.awaitIdle(30_000)).isTrue();
    }

    @AfterEach
    void close() {
        KaribuUi.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hits_link_to_their_paragraph_and_a_facet_narrows_the_results() {
        UI.getCurrent().navigate("search", new QueryParameters(java.util.Map.of("q", List.of("外部评价小组"),
                "document", List.of(id))));
        List<String> links = _find(Anchor.class, s -> s.withClasses("search-hit-link")).stream()
                .map(Anchor::getHref).toList();
        assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("documents/" + id + "?"));
        assertThat(links).anySatisfy(href -> assertThat(href).contains("highlight=pb15"));

        CheckboxGroup<FacetValue> kinds = _get(CheckboxGroup.class, s -> s.withLabel("Kind"));
        FacetValue rewrite = kinds.getListDataView().getItems().filter(v -> v.value().equals("rewrite"))
                .findFirst().orElseThrow();
        _setValue(kinds, Set.of(rewrite));

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("kind", List.of("rewrite"));
        assertThat(_find(Anchor.class, s -> s.withClasses("search-hit-link"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).contains("highlight=pb15"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hits_in_a_frozen_version_are_marked_and_open_its_versions() throws InterruptedException {
        versions.freeze(id, new IssueDetails("PBC/35", "WO/PBC/35/7", null, null, "WO/PBC/35/7 附件"));
        assertThat(maintainer.awaitIdle(30_000)).isTrue();
        UI.getCurrent().navigate("search", new QueryParameters(java.util.Map.of("q", List.of("外部评价小组"),
                "document", List.of(id))));
        CheckboxGroup<FacetValue> version = _get(CheckboxGroup.class, s -> s.withLabel("Version"));
        assertThat(version.getListDataView().getItems().map(v -> version.getItemLabelGenerator().apply(v)))
                .anySatisfy(l -> assertThat(l).startsWith("Working text ("))
                .anySatisfy(l -> assertThat(l).startsWith("v1 ("));
        _setValue(version, Set.of(version.getListDataView().getItems().filter(v -> v.value().equals("1"))
                .findFirst().orElseThrow()));

        List<Anchor> links = _find(Anchor.class, s -> s.withClasses("search-hit-link"));
        assertThat(links).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getHref()).isEqualTo("versions/" + id);
            assertThat(a.getText()).startsWith("WO/PBC/35/7 v1 "); // a version is named as it was issued
        });
    }

    @Test
    void results_are_the_working_texts_and_a_passage_unchanged_in_versions_is_one_hit_saying_where_else() throws InterruptedException {
        versions.freeze(id, new IssueDetails("PBC/35", "WO/PBC/35/7", null, null, "WO/PBC/35/7 附件"));
        versions.freeze(id, new IssueDetails("PBC/36", "WO/PBC/36/12", null, null, "WO/PBC/36/12 附件二"));
        assertThat(maintainer.awaitIdle(30_000)).isTrue();
        UI.getCurrent().navigate("search", new QueryParameters(java.util.Map.of("q", List.of("外部评价小组"),
                "document", List.of(id))));
        List<Anchor> links = _find(Anchor.class, s -> s.withClasses("search-hit-link"));
        assertThat(links).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("documents/" + id + "?"));
        assertThat(links.stream().map(Anchor::getHref).distinct()).as("one hit per passage").hasSameSizeAs(links);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("search-hit-also-in")))
                .hasSameSizeAs(links).allSatisfy(also -> assertThat(also.getText()).isEqualTo("also in v1–v2"));
    }

    @Test
    void enter_in_the_header_field_opens_the_results() {
        UI.getCurrent().navigate("search");
        SearchField.SearchInput field = _get(SearchField.SearchInput.class);
        field.setValue("外部评价小组");
        com.vaadin.flow.component.ComponentUtil.fireEvent(field,
                new com.vaadin.flow.component.KeyDownEvent(field, "Enter"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("search?q=" + java.net.URLEncoder.encode("外部评价小组", java.nio.charset.StandardCharsets.UTF_8));
    }
}
