package org.draftroom.exports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.SessionInfo;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.IssueDetails;
import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.VersionService;
import org.draftroom.security.Role;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;

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

    /** PBC/37 did not exist: the secretariat creates it on the sessions screen and issues a version at it. */
    @Test
    void pbc_37_is_created_with_its_dates_and_a_version_is_then_issued_at_it() {
        UI.getCurrent().navigate("sessions");
        _click(_get(Button.class, s -> s.withId("session-create")));
        _setValue(_get(TextField.class, s -> s.withId("session-symbol")), "WO/PBC/37");
        _setValue(_get(TextField.class, s -> s.withId("session-name")), "第三十七届会议 / Thirty-seventh session");
        _setValue(_get(DatePicker.class, s -> s.withId("session-starts")), LocalDate.of(2024, 6, 24));
        _setValue(_get(DatePicker.class, s -> s.withId("session-ends")), LocalDate.of(2024, 6, 28));
        _setValue(_get(TextField.class, s -> s.withId("session-place")), "日内瓦 / Geneva");
        _click(_get(Button.class, s -> s.withId("session-save")));

        @SuppressWarnings("unchecked")
        Grid<SessionInfo> sessions = _get(Grid.class, s -> s.withId("sessions-grid"));
        assertThat(sessions.getGenericDataView().getItems().map(SessionInfo::code)).contains("PBC/37");

        String id = SignIn.as("secretariat", () -> documents.create(
                TestDocuments.tor("TEST/PBC37/" + System.nanoTime()), null));
        UI.getCurrent().navigate(VersionsView.class, new RouteParameters("id", id));
        FreezeDialog freeze = _get(VersionsView.class).freezeDialog();
        assertThat(freeze.session.getListDataView().getItems()).contains("PBC/34", "PBC/37");
        assertThat(freeze.session.getItemLabelGenerator().apply("PBC/37")).isEqualTo("PBC/37 · 2024-06-24 – 2024-06-28");
        freeze.session.setValue("PBC/37");
        freeze.symbol.setValue("WO/PBC/37/9");
        freeze.issuedOn.setValue(LocalDate.of(2024, 6, 28));
        freeze.open();
        _click(freeze.save);

        assertThat(versions.versions(id)).extracting(DocumentVersion::sessionCode, DocumentVersion::symbol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PBC/37", "WO/PBC/37/9"));
        @SuppressWarnings("unchecked")
        Grid<DocumentVersion> grid = _get(_get(VersionsView.class), Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(DocumentVersion::sessionCode)).containsExactly("PBC/37");
    }
}
