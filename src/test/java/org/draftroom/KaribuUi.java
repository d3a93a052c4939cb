package org.draftroom;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import org.draftroom.documents.ui.DocumentView;
import org.draftroom.security.Role;
import org.draftroom.testkit.SignIn;

/**
 * Browserless UI tests (Karibu-Testing 2.7.0) against the real Spring context of a {@code @DraftroomIT}.
 * Karibu runs no servlet filters, so {@link #signIn} puts the user in Spring's SecurityContextHolder (for
 * {@code @PreAuthorize} and CurrentUser) and in Vaadin's fake request (for {@code @RolesAllowed} on views).
 * The user must exist in the database for CurrentUser (the demo accounts do). Call {@link #tearDown} in @AfterEach.
 * The authentication is {@link SignIn}'s, the one sign-in of the tests.
 */
public final class KaribuUi {
    private static Routes routes;

    private KaribuUi() {
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            Routes discovered = new Routes().autoDiscoverViews("org.draftroom");
            Set<Class<? extends Component>> all = new HashSet<>(discovered.getRoutes());
            all.addAll(routedViews());
            routes = new Routes(all, discovered.getErrorRoutes(), discovered.getSkipPwaInit());
        }
        return routes;
    }

    /**
     * Every class with {@code @Route}, public or not: views are package-private to their module, and Karibu's
     * own discovery sees public classes only (Vaadin's Spring scan in the app sees them all).
     */
    public static Set<Class<? extends Component>> routedViews() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.draftroom").scan()) {
            Set<Class<? extends Component>> views = new HashSet<>();
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class).forEach(views::add);
            return views;
        }
    }

    /** A view class by name, for tests outside the view's package. */
    public static Class<? extends Component> view(String className) {
        try {
            return Class.forName(className).asSubclass(Component.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no view " + className, e);
        }
    }

    public static void signIn(ApplicationContext context, String username, Role role) {
        Authentication auth = SignIn.authentication(username, role.name());
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, r) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    /** Signs in and opens a document's room view, as a user following a link to /documents/{id} would. */
    public static DocumentView openDocument(ApplicationContext context, String username, Role role, String documentId) {
        signIn(context, username, role);
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", documentId));
        return LocatorJ._get(DocumentView.class);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
