package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** Small wording in the room reads as people write it (issue 11). */
@DraftroomIT
class RoomWordingIT {
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

    private String newDocument() {
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/WORDING/" + System.nanoTime()), null));
    }

    private String read(String doc, Locale locale) {
        KaribuUi.signIn(context, "usa", Role.DELEGATE);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(DocumentView.class, new RouteParameters("id", doc));
        return ShownText.of(_get(DocumentView.class));
    }

    @Test
    void a_proposal_on_one_paragraph_says_paragraph_and_on_several_says_paragraphs() {
        String doc = newDocument();
        as("pakistan", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.DELETE, null, Acting.self()));
        as("chair", () -> room.postChairText(doc, List.of("p4", "p5"), List.of("One text for both."), Set.of()));

        String english = read(doc, Locale.ENGLISH);
        // p4 and p5 are paragraphs 1 and 2 of this text
        assertThat(english).contains("delete (paragraph 2)", "(paragraphs 1, 2)").doesNotContain("(paragraphs 2)");
        KaribuUi.tearDown();
        assertThat(read(doc, Locale.CHINESE)).contains("（第 2 段）", "（第 1, 2 段）");
    }
}
