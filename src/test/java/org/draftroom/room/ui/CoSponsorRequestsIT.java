package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** The proposal inspector shows a co-sponsorship as "requested" and lets only the delegation asked answer it. */
@DraftroomIT
class CoSponsorRequestsIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private String proposalAskingTheUs(String doc) {
        return as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null,
                new Acting(null, null, List.of("US")))).ids().getFirst();
    }

    private void inspect(String user, String doc, String pid) {
        RoomDesk.of(KaribuUi.openDocument(context, user, Role.DELEGATE, doc)).orElseThrow().selectProposal(pid);
    }

    @Test
    void the_delegation_asked_sees_the_request_apart_from_the_sponsors_and_accepts_it() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/COSPONSORUI/" + System.nanoTime()), null));
        String pid = proposalAskingTheUs(doc);
        inspect("usa", doc, pid);

        assertThat(_get(Span.class, spec -> spec.withClasses("room-proposer")).getText()).isEqualTo("Pakistan");
        assertThat(_get(Div.class, spec -> spec.withClasses("room-cosponsor-requests")).getElement().getTextRecursively())
                .contains("Co-sponsorship requested: United States");
        _click(_get(Button.class, spec -> spec.withClasses("room-cosponsor-accept")));

        assertThat(Walk.proposals(as("usa", () -> documents.load(doc)))).singleElement()
                .satisfies(p -> assertThat(p.actors().by()).containsExactly("PK", "US"));
    }

    @Test
    void a_delegation_not_asked_has_nothing_to_answer() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/COSPONSORUI/" + System.nanoTime()), null));
        String pid = proposalAskingTheUs(doc);
        inspect("russia", doc, pid);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-cosponsor-accept"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("room-cosponsor-decline"))).isEmpty();
    }
}
