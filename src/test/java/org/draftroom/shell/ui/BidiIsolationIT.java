package org.draftroom.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.security.internal.UserStore;

/**
 * A user whose display name carries a RIGHT-TO-LEFT OVERRIDE: wherever the UI shows the name beside other text
 * (the signed-in user and role in the header, the list of people present in the room) the name sits in its own
 * {@code <bdi>}, so the override ends with the name and the role label or the next name keeps its order.
 */
@DraftroomIT
class BidiIsolationIT {
    static final String HOSTILE = "\u202Eevil name";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserStore store;
    @Autowired
    DocumentService documents;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private String hostileUser(Role role) {
        String name = "bidi-" + UUID.randomUUID().toString().substring(0, 8);
        store.insert(new UserAccount(name, HOSTILE, role, null, true), "{noop}unused");
        return name;
    }

    private static List<Element> children(Element e) {
        return e.getChildren().toList();
    }

    @Test
    void the_header_keeps_the_role_label_outside_the_isolated_name() {
        String user = hostileUser(Role.OBSERVER);
        KaribuUi.signIn(context, user, Role.OBSERVER);
        UI.getCurrent().navigate("");
        Span who = _get(Span.class, s -> s.withClasses("current-user"));
        List<Element> parts = children(who.getElement());
        assertThat(parts.getFirst().getTag()).isEqualTo("bdi");
        assertThat(parts.getFirst().getText()).isEqualTo(HOSTILE);
        assertThat(parts.get(1).getTag()).isNotEqualTo("bdi");
        assertThat(parts.get(1).getText()).contains("Observer").doesNotContain("\u202E");
    }

    @Test
    void each_name_in_the_rooms_presence_list_is_isolated() {
        String doc = SignIn.as("secretariat", () -> documents.create(TestDocuments.tor("TEST/BIDI/" + System.nanoTime()), null));
        String user = hostileUser(Role.OBSERVER);
        KaribuUi.signIn(context, user, Role.OBSERVER);
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", doc));
        Span presence = _get(Span.class, s -> s.withClasses("room-presence"));
        List<Element> names = children(presence.getElement()).stream().filter(e -> e.getTag().equals("bdi")).toList();
        assertThat(names).extracting(Element::getText).contains(HOSTILE);
        assertThat(children(presence.getElement()).stream().filter(e -> !e.getTag().equals("bdi")))
                .allSatisfy(e -> assertThat(e.getText()).doesNotContain("\u202E"));
    }
}
