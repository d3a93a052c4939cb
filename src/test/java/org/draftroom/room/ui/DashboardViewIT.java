package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.room.internal.Standings;
import org.draftroom.security.Role;
import org.draftroom.testkit.SeedTexts;

/** The dashboard on a copy of the seed's terms of reference, with its issued versions, driven without a browser. */
@DraftroomIT
class DashboardViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    VersionService versions;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    /** The seed as the secretariat imports it, with WO/PBC/34/15 and Annex II of WO/PBC/36/12 as its versions. */
    private String seedCopy() {
        return as("secretariat", () -> {
            String id = documents.create(SeedTexts.tor3415(), "PBC/34");
            versions.record(id, documents.load(id), new IssueDetails("PBC/34", "WO/PBC/34/15", LocalDate.of(2021, 12, 23), null, "WO/PBC/34/15"));
            NegotiationDocument annex = SeedTexts.tor3612Annex2();
            versions.record(id, new NegotiationDocument(id, annex.header(), annex.preamble(), annex.sections()),
                    new IssueDetails("PBC/36", "WO/PBC/36/12", LocalDate.of(2023, 6, 23), "附件二", "WO/PBC/36/12 附件二"));
            return id;
        });
    }

    private DashboardView open(String doc) {
        KaribuUi.signIn(context, "pakistan", Role.DELEGATE);
        UI.getCurrent().navigate(DashboardView.class, new RouteParameters("id", doc));
        return _get(DashboardView.class);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_seed_shows_its_real_figures_in_human_words() {
        DashboardView view = open(seedCopy());
        assertThat(view.summary.getText()).isEqualTo(
                "163 open proposals of 164; 21 numbered paragraphs: 16 in brackets, 5 free of brackets, 0 agreed");

        List<Standings.SectionRow> sections = GridKt._findAll(view.sections);
        assertThat(sections).extracting(Standings.SectionRow::openBrackets).containsExactly(0, 33, 7, 15, 32, 36, 45, 14, 5);
        String sectionD = String.join(" | ", GridKt._getFormattedRow(view.sections, 4));
        assertThat(sectionD).contains("32").contains("Russia").doesNotContain("RU ");

        String russia = String.join(" | ", GridKt._getFormattedRow(view.holders, 0));
        assertThat(russia).startsWith("Russia").contains("41");
        assertThat(GridKt._findAll(view.holders)).extracting(Standings.DelegationRow::delegationId).contains("US", "PK", "CN");
        for (int i = 0; i < GridKt._size(view.holders); i++) {
            assertThat(GridKt._getFormattedRow(view.holders, i).getFirst()).as("a delegation by name").doesNotMatch("[A-Z]{2}");
        }
    }

    @Test
    void the_matrix_spells_each_position_and_every_row_links_into_the_text_on_its_paragraph() {
        String doc = seedCopy();
        DashboardView view = open(doc);
        var grid = view.matrix.grid;
        List<String> headers = grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
        assertThat(headers).contains("Where", "Proposal", "United States of America", "Russian Federation", "Pakistan",
                "United Arab Emirates");
        // the first row is Pakistan's deletion in the heading of section A, which the United Arab Emirates oppose
        Standings.OpenProposal first = GridKt._get(grid, 0);
        assertThat(first.place().words()).isEqualTo("the heading of section A");
        assertThat(PositionsMatrix.cell(first, "AE")).isEqualTo("✗");
        assertThat(PositionsMatrix.cell(first, "PK")).isEqualTo("●");
        assertThat(grid.getColumnByKey("proposal").getRenderer()).isNotNull();
        // only proposals with a position by default; all the open ones on request
        int withPositions = GridKt._size(grid);
        view.onlyWithPositions.setValue(false);
        assertThat(GridKt._size(grid)).isEqualTo(163).isGreaterThan(withPositions);

        List<RouterLink> links = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) links.add((RouterLink) GridKt._getCellComponent(grid, i, "where"));
        for (int i = 0; i < GridKt._size(view.sections); i++) links.add((RouterLink) GridKt._getCellComponent(view.sections, i, "section"));
        for (int i = 0; i < GridKt._size(view.holders); i++) {
            links.addAll(_find(GridKt._getCellComponent(view.holders, i, "where"), RouterLink.class));
        }
        assertThat(links).hasSizeGreaterThan(163).allSatisfy(l -> assertThat(l.getHref()).startsWith("documents/" + doc + "?highlight="));
        assertThat(links).extracting(RouterLink::getText).contains("paragraph 8", "the heading of section A", "Section D · 目 的")
                .noneMatch(t -> t.matches(".*\\b(p|s|pb)[0-9a-f]{3,}.*"));
        assertThat(links.getFirst().getHref()).endsWith("?highlight=" + first.place().blockId());
    }

    @Test
    void progress_shows_each_issued_version_and_the_working_text_as_bars() {
        DashboardView view = open(seedCopy());
        List<Div> rows = _find(view.progress, Div.class, spec -> spec.withClasses("dashboard-bar-row"));
        assertThat(rows).hasSize(3);
        assertThat(text(rows.get(0))).startsWith("v1 · PBC/34 · WO/PBC/34/15").endsWith("16 in brackets, 5 free of brackets, 0 agreed");
        assertThat(text(rows.get(1))).startsWith("v2 · PBC/36 · WO/PBC/36/12 附件二");
        assertThat(text(rows.get(2))).startsWith("Now (revision 1)").endsWith("16 in brackets, 5 free of brackets, 0 agreed");
        // each part as wide as its share: 16 of 21 paragraphs
        Div bar = _get(rows.get(2), Div.class, spec -> spec.withClasses("dashboard-bar"));
        assertThat(bar.getChildren().findFirst().orElseThrow().getStyle().get("width")).startsWith("76.19");
    }
}
