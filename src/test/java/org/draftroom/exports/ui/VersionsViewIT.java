package org.draftroom.exports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.IssueDetails;
import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.VersionService;
import org.draftroom.security.Role;

@DraftroomIT
class VersionsViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    VersionService versions;

    @BeforeEach
    void signIn() {
        KaribuUi.signIn(context, "secretariat", Role.SECRETARIAT);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void the_secretariat_sees_the_versions_and_compares_one_with_the_working_text() {
        String id = documents.create(SampleTor.document(), "PBC/34");
        versions.freeze(id, new IssueDetails("PBC/34", "WO/PBC/34/15", LocalDate.of(2021, 12, 23), null, null));

        UI.getCurrent().navigate(VersionsView.class, new RouteParameters("id", id));
        VersionsView view = _get(VersionsView.class);
        @SuppressWarnings("unchecked")
        Grid<DocumentVersion> grid = _get(view, Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(DocumentVersion::symbol)).containsExactly("WO/PBC/34/15");
        assertThat(view.from.getValue()).isEqualTo("1");
        assertThat(view.to.getValue()).isEqualTo(VersionService.CURRENT);

        view.compare();

        assertThat(view.summary.getElement().getTextRecursively()).isEqualTo("No differences (spacing aside).");
        assertThat(view.comparison.getElement().getChildCount()).isEqualTo(1);
    }
}
