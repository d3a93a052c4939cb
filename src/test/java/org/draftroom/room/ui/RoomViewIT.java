package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;

/** The room's controls on the reading view, driven without a browser. */
@DraftroomIT
class RoomViewIT {
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
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/ROOMUI/" + System.nanoTime()), null));
    }

    private void openAs(String user, Role role, String doc) {
        KaribuUi.openDocument(context, user, role, doc);
    }

    /** Pushes arrive on other threads: run the UI's pending work until the condition holds (2 s at most). */
    private static void eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 2000;
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) return;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("the push did not arrive within 2 s");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Button button(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    private static String text() {
        return org.draftroom.documents.ui.ShownText.of(_get(DocumentView.class));
    }

    @Test
    void a_delegate_proposes_in_suggestion_mode_and_sees_it_in_place() {
        String doc = newDocument();
        openAs("pakistan", Role.DELEGATE, doc);
        assertThat(org.draftroom.documents.ui.ShownText.of(_get(RoomPanel.class))).contains("Pakistan");

        RoomDesk.of(_get(DocumentView.class)).orElseThrow().selectBlock("p5");
        _click(button("room-propose"));
        TextArea wording = _get(TextArea.class, spec -> spec.withClasses("room-wording"));
        assertThat(wording.getValue()).isEqualTo(P5);
        wording.setValue(P5.replace("the evaluation", "the independent evaluation"));
        _click(button("room-submit"));

        List<Proposal> proposals = Walk.proposals(as("pakistan", () -> documents.load(doc)));
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.actors().by()).containsExactly("PK"));
        assertThat(text()).contains("independent");
    }

    @Test
    void another_users_proposal_appears_without_reload_and_can_be_opposed_with_one_click() {
        String doc = newDocument();
        openAs("usa", Role.DELEGATE, doc);
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self())).ids().getFirst();
        eventually(() -> text().contains("and purpose"));
        assertThat(text()).contains("Pakistan");

        RoomDesk.of(_get(DocumentView.class)).orElseThrow().selectProposal(pid);
        assertThat(_get(Div.class, spec -> spec.withClasses("room-proposal-inspector")).getElement().getTextRecursively()).contains("Pakistan");
        _click(button("room-stance-oppose"));
        assertThat(as("usa", () -> documents.load(doc))).satisfies(d -> assertThat(Walk.positions(d))
                .singleElement().satisfies(p -> assertThat(p.actors().by()).containsExactly("US")));
    }

    @Test
    void a_new_item_from_someone_else_is_inserted_the_paragraphs_around_it_stay_and_the_revision_moves_on() {
        String doc = newDocument();
        openAs("usa", Role.DELEGATE, doc);
        DocumentView view = _get(DocumentView.class);
        var p4 = view.paragraphPanels().get("p4");
        var p5 = view.paragraphPanels().get("p5");

        as("pakistan", () -> room.proposeNewAfter(doc, "p4", "A new item from Pakistan.", Acting.self()));
        eventually(() -> text().contains("A new item from Pakistan."));

        assertThat(view.paragraphPanels().get("p4")).isSameAs(p4);
        assertThat(view.paragraphPanels().get("p5")).isSameAs(p5);
        String shown = text();
        assertThat(shown.indexOf("A new item from Pakistan.")).isBetween(shown.indexOf("requested a draft"), shown.indexOf("Based on the above"));
        assertThat(shown).contains("Revision 2, last changed by Pakistan");
    }

    @Test
    void observers_read_only_and_a_refused_action_is_explained() {
        String doc = newDocument();
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5 + " More.", null, Acting.self())).ids().getFirst();
        openAs("observer", Role.OBSERVER, doc);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-propose"))).isEmpty();
        RoomDesk desk = RoomDesk.of(_get(DocumentView.class)).orElseThrow();
        desk.selectProposal(pid);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-stance-support"))).isEmpty();
        assertThat(desk.act(() -> room.statePosition(doc, pid, org.draftroom.negotiation.Position.Stance.SUPPORT, null, Acting.self()))).isFalse();
        assertThat(Walk.positions(as("observer", () -> documents.load(doc)))).isEmpty();
    }

    @Test
    void the_secretariat_agrees_and_the_clean_agreed_view_shows_the_text_without_brackets() {
        String doc = newDocument();
        openAs("secretariat", Role.SECRETARIAT, doc);
        RoomDesk desk = RoomDesk.of(_get(DocumentView.class)).orElseThrow();
        desk.selectBlock("p5");
        _click(button("room-agree"));
        _click(_get(Confirmation.class).confirm);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RoomDesk.Mode> modes = _get(RadioButtonGroup.class, spec -> spec.withClasses("room-modes"));
        modes.setValue(RoomDesk.Mode.CLEAN_AGREED);
        String clean = _get(Div.class, spec -> spec.withClasses("room-clean-text")).getText();
        assertThat(clean).contains(P5).doesNotContain("[" + P5);
    }

    @Test
    void the_chair_merges_a_proposal_into_an_alternative_text() {
        String doc = newDocument();
        String pid = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self())).ids().getFirst();
        openAs("chair", Role.CHAIR, doc);
        RoomDesk.of(_get(DocumentView.class)).orElseThrow().selectBlock("p5");
        _click(button("room-chair-text"));
        ChairTextDialog dialog = _get(ChairTextDialog.class);
        dialog.merge.setValue(Set.copyOf(dialog.merge.getListDataView().getItems().toList()));
        assertThat(dialog.areas.getFirst().getValue()).isEqualTo(P5.replace("aims", "and purpose aims"));
        _click(dialog.post);
        assertThat(room.lineage(doc)).singleElement().satisfies(l -> assertThat(l.sourceProposalId()).isEqualTo(pid));
    }

    @Test
    void the_screen_follows_the_paragraph_brought_up_by_the_secretariat() {
        String doc = newDocument();
        KaribuUi.signIn(context, "observer", Role.OBSERVER);
        UI.getCurrent().navigate(ScreenView.class, new RouteParameters("id", doc));
        as("secretariat", () -> {
            room.select(doc, "p6");
            return null;
        });
        eventually(() -> org.draftroom.documents.ui.ShownText.of(_get(ScreenView.class)).contains("评价"));
        assertThat(org.draftroom.documents.ui.ShownText.of(_get(ScreenView.class))).contains("评价产权组织驻外办事处网络的规模和效绩");
    }
}
