package org.draftroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentListView;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.room.ui.ScreenView;
import org.draftroom.security.Role;

/**
 * Every view of the UI for every role: the server lets a user open exactly the views of their role, whatever
 * the menu shows. A view that is added without being classified here fails the test.
 */
@DraftroomIT
class UiAccessMatrixIT {
    static final Map<String, Role> USERS = Map.of("secretariat", Role.SECRETARIAT, "chair", Role.CHAIR,
            "pakistan", Role.DELEGATE, "observer", Role.OBSERVER, "admin", Role.ADMIN);
    static final Set<String> EVERYONE = USERS.keySet();

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;

    record View(Class<? extends Component> type, String path, Set<String> allowed) {
        /** A view by name: most views are package-private to their module. */
        View(String type, String path, Set<String> allowed) {
            this(KaribuUi.view(type), path, allowed);
        }
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void every_view_opens_for_exactly_the_roles_allowed_to_see_it() {
        String doc = SignIn.as("secretariat", () -> documents.create(TestDocuments.tor("TEST/MATRIX/UI/" + System.nanoTime()), null));
        List<View> views = List.of(
                new View(DocumentListView.class, "", EVERYONE),
                new View(DocumentView.class, "documents/" + doc, EVERYONE),
                new View(ScreenView.class, "documents/" + doc + "/screen", EVERYONE),
                new View("org.draftroom.documents.ui.ImportView", "import", Set.of("secretariat")),
                new View("org.draftroom.exports.ui.VersionsView", "versions/" + doc, EVERYONE),
                new View("org.draftroom.documents.ui.SessionsView", "sessions", EVERYONE),
                new View("org.draftroom.exports.ui.PublicationsView", "publications", EVERYONE),
                new View("org.draftroom.room.ui.DashboardView", "dashboard/" + doc, EVERYONE),
                // the revision history is the record of the negotiation: every role reads it, observers included
                new View("org.draftroom.room.ui.TimelineView", "timeline/" + doc, EVERYONE),
                new View("org.draftroom.search.ui.SearchView", "search", EVERYONE),
                new View("org.draftroom.delegations.ui.DelegationsView", "delegations", EVERYONE),
                new View("org.draftroom.audit.ui.AuditView", "admin/audit", Set.of("admin", "secretariat")),
                new View("org.draftroom.security.ui.UsersView", "admin/users", Set.of("admin")),
                new View(LoginView.class, "login", EVERYONE));

        Set<Class<?>> routed = new java.util.HashSet<>(KaribuUi.routedViews());
        assertThat(views.stream().map(View::type).collect(Collectors.toSet()))
                .as("every routed view has a row in this matrix").isEqualTo(routed);

        List<String> wrong = new ArrayList<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        for (View view : views) {
            for (var user : USERS.entrySet()) {
                boolean allowed = view.allowed().contains(user.getKey());
                boolean opened = opens(user.getKey(), user.getValue(), view);
                if (opened != allowed) wrong.add(view.path() + " as " + user.getKey() + (opened ? " opened" : " refused"));
                if (!opened) refused.merge(view.path(), 1, Integer::sum);
            }
        }
        System.out.printf("AUTHZ ui views=%d cells=%d refused=%d wrong=%d%n", views.size(), views.size() * USERS.size(),
                refused.values().stream().mapToInt(Integer::intValue).sum(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    private boolean opens(String user, Role role, View view) {
        KaribuUi.tearDown();
        KaribuUi.signIn(context, user, role);
        try {
            UI.getCurrent().navigate(view.path());
        } catch (MockAccessDeniedException refused) {
            return false;
        }
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().anyMatch(view.type()::isInstance);
    }
}
