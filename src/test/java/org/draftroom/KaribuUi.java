package org.draftroom;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

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
        if (routes == null) routes = new Routes().autoDiscoverViews("org.draftroom");
        return routes;
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

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
