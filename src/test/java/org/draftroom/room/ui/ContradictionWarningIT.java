package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

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

/** A delegation about to contradict its own proposal is warned in the propose dialog, may submit anyway, and sees it flagged. */
@DraftroomIT
class ContradictionWarningIT {
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

    private RoomDesk openAs(String user, String doc) {
        return RoomDesk.of(KaribuUi.openDocument(context, user, Role.DELEGATE, doc)).orElseThrow();
    }

    /** Pakistan opens the propose dialog on paragraph 2 (p5) and types an insertion, not yet submitted. */
    private ProposeDialog pakistanInsertsIntoParagraph2(String doc) {
        openAs("pakistan", doc).selectBlock("p5");
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        ProposeDialog dialog = _get(ProposeDialog.class);
        dialog.wording.setValue(P5.replace("aims", "and purpose aims"));
        return dialog;
    }

    private long revision(String doc) {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    @Test
    void an_insertion_inside_a_paragraph_the_delegation_deletes_is_warned_of_then_recorded_and_flagged() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/CONTRA/" + System.nanoTime()), null));
        String deletion = as("pakistan", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.DELETE, null, Acting.self())).ids().getFirst();
        ProposeDialog dialog = pakistanInsertsIntoParagraph2(doc);
        long before = revision(doc);

        _click(dialog.submit);
        assertThat(revision(doc)).as("warned, not yet submitted").isEqualTo(before);
        assertThat(dialog.contradictions.isVisible()).isTrue();
        assertThat(ShownText.of(dialog.contradictions))
                .contains("You already propose to delete paragraph 2; this insert is inside it.");
        assertThat(dialog.submit.getText()).isEqualTo("Submit anyway");

        _click(dialog.submit);
        assertThat(revision(doc)).as("submitted anyway").isEqualTo(before + 1);
        assertThat(dialog.isOpened()).isFalse();

        RoomDesk desk = RoomDesk.of(_get(DocumentView.class)).orElseThrow();
        desk.selectProposal(deletion);
        assertThat(_find(Div.class, spec -> spec.withClasses("room-contradiction-flag"))).singleElement()
                .satisfies(flag -> assertThat(ShownText.of(flag)).contains("Pakistan also proposes insert inside paragraph 2"));
        KaribuUi.tearDown();

        openAs("usa", doc).selectProposal(deletion);
        assertThat(_find(Div.class, spec -> spec.withClasses("room-contradiction-flag"))).as("only to the delegation").isEmpty();
    }

    @Test
    void a_submission_that_contradicts_nothing_goes_through_at_the_first_click() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/CONTRA/" + System.nanoTime()), null));
        as("usa", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.DELETE, null, Acting.self()));
        ProposeDialog dialog = pakistanInsertsIntoParagraph2(doc);
        long before = revision(doc);
        _click(dialog.submit);
        assertThat(revision(doc)).isEqualTo(before + 1);
        assertThat(dialog.contradictions.isVisible()).isFalse();
    }
}
