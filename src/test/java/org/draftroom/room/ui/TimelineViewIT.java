package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.room.TimelineEntry;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** The document timeline, driven without a browser, on a document five changes old. */
@DraftroomIT
class TimelineViewIT {
    static final String NEW_P4 = "The Committee requested a revised draft.";
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;
    @Autowired
    DelegationRegistry delegations;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    /**
     * Revision 1 created; 2 Pakistan's own proposal; 3 the secretariat for Canada; 4 the secretariat for Algeria on
     * behalf of the African Group; 5 the secretariat's edit of paragraph 4's wording.
     */
    private String fiveRevisions() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/TIMELINE/" + System.nanoTime()), null));
        as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self()));
        as("secretariat", () -> room.proposeNewAfter(doc, "p4", "A new item for Canada.", Acting.as("CA")));
        as("secretariat", () -> room.proposeNewAfter(doc, "p5", "A new item for Africa.", new Acting("DZ", "AFRICAN_GROUP", List.of())));
        as("secretariat", () -> room.editBase(doc, "p4", NEW_P4, null));
        return doc;
    }

    private TimelineView open(String user, Role role, String doc) {
        KaribuUi.signIn(context, user, role);
        UI.getCurrent().navigate(TimelineView.class, new RouteParameters("id", doc));
        return _get(TimelineView.class);
    }

    /** Follows a link as the browser would (Karibu's navigate takes the query apart from the path). */
    private static void go(String href) {
        int q = href.indexOf('?');
        UI.getCurrent().navigate(href.substring(0, q), QueryParameters.fromString(href.substring(q + 1)));
    }

    private static List<TimelineEntry> rows(TimelineView view) {
        List<TimelineEntry> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) rows.add(GridKt._get(view.grid, i));
        return rows;
    }

    @Test
    void every_change_is_listed_newest_first_with_who_made_it_in_the_rooms_words() {
        String doc = fiveRevisions();
        TimelineView view = open("observer", Role.OBSERVER, doc);
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(rows(view)).extracting(view::who).containsExactly("Secretariat",
                "Secretariat for Algeria on behalf of the African Group",
                "Secretariat for Canada", "Pakistan", "Secretariat");
        assertThat(String.join(" | ", GridKt._getFormattedRow(view.grid, 3))).contains("Pakistan: ").contains("paragraph");
        assertThat(view.count.getText()).isEqualTo("5 changes");
    }

    @Test
    void filtering_by_delegation_keeps_only_what_was_done_for_that_delegation() {
        String doc = fiveRevisions();
        TimelineView view = open("pakistan", Role.DELEGATE, doc);
        view.delegation.setValue(delegations.byId("PK").orElseThrow());
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(2L);
        view.delegation.setValue(delegations.byId("CA").orElseThrow());
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(3L);
        // the group spoken for and the delegation speaking both find Algeria's statement
        view.delegation.setValue(delegations.byId("AFRICAN_GROUP").orElseThrow());
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(4L);
        view.delegation.setValue(delegations.byId("DZ").orElseThrow());
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(4L);

        view.delegation.clear();
        view.kinds.setValue(Set.of("edit-base", "create"));
        assertThat(rows(view)).extracting(TimelineEntry::revision).containsExactly(5L, 1L);
        assertThat(view.count.getText()).isEqualTo("2 changes");
    }

    @Test
    void the_text_as_it_stood_shows_the_old_wording_of_a_paragraph_changed_since_and_not_the_new_one() {
        String doc = fiveRevisions();
        TimelineView view = open("observer", Role.OBSERVER, doc);
        Anchor asOf = (Anchor) GridKt._getCellComponent(view.grid, 1, "as-of");
        assertThat(asOf.getHref()).isEqualTo("documents/" + doc + "?revision=4");

        go(asOf.getHref());
        DocumentView text = _get(DocumentView.class);
        String p4 = ShownText.of(text.paragraphPanels().get("p4"));
        assertThat(p4).contains("The Committee requested a draft.").doesNotContain("revised");
        assertThat(ShownText.of(text)).contains("Revision 4, last changed by Secretariat for Algeria")
                .contains("As it stood at revision 4");

        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", doc));
        assertThat(ShownText.of(_get(DocumentView.class).paragraphPanels().get("p4"))).contains("revised draft");
        assertThat(ShownText.of(_get(DocumentView.class))).contains("Revision 5, last changed by Secretariat")
                .doesNotContain("As it stood at revision");
    }

    @Test
    void a_revision_the_document_does_not_have_shows_no_text_and_says_so() {
        String doc = fiveRevisions();
        open("observer", Role.OBSERVER, doc);
        go("documents/" + doc + "?revision=6");
        DocumentView view = _get(DocumentView.class);
        assertThat(view.paragraphPanels()).isEmpty();
        assertThat(ShownText.of(view.textColumn())).isEqualTo("There is no revision 6 of document " + doc + ".");
        go("documents/" + doc + "?revision=x");
        assertThat(ShownText.of(_get(DocumentView.class).textColumn())).startsWith("There is no revision x ");
    }
}
