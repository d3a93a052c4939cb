package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.Delegation;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** Every action that changes the text for everyone asks first: Cancel changes nothing, confirming does it. */
@DraftroomIT
class RoomConfirmationsIT {
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
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/CONFIRM/" + System.nanoTime()), null));
    }

    private RoomDesk openAs(String user, Role role, String doc) {
        return RoomDesk.of(KaribuUi.openDocument(context, user, role, doc)).orElseThrow();
    }

    private static Button button(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    private long revision(String doc) {
        return as("secretariat", () -> documents.get(doc).revision());
    }

    private Proposal proposal(String doc, String id) {
        return Walk.proposals(as("secretariat", () -> documents.load(doc))).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private String pakistanProposes(String doc) {
        return as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self())).ids().getFirst();
    }

    @Test
    void withdrawing_asks_first_cancel_keeps_the_proposal_and_confirming_withdraws_it() {
        String doc = newDocument();
        String pid = pakistanProposes(doc);
        openAs("pakistan", Role.DELEGATE, doc).selectProposal(pid);
        long before = revision(doc);

        _click(button("room-withdraw"));
        Confirmation confirm = _get(Confirmation.class);
        assertThat(ShownText.of(confirm)).contains("Pakistan").contains("and purpose");
        _click(confirm.cancel);
        assertThat(revision(doc)).isEqualTo(before);
        assertThat(proposal(doc, pid).status()).isEqualTo(Status.OPEN);

        _click(button("room-withdraw"));
        _click(_get(Confirmation.class).confirm);
        assertThat(proposal(doc, pid).status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void withdraw_is_offered_only_to_the_proposing_delegation_and_to_the_secretariat_recording_for_it() {
        String doc = newDocument();
        String pid = pakistanProposes(doc);
        openAs("usa", Role.DELEGATE, doc).selectProposal(pid);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-stance-oppose"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-withdraw"))).isEmpty();
        KaribuUi.tearDown();

        RoomDesk desk = openAs("secretariat", Role.SECRETARIAT, doc);
        desk.selectProposal(pid);
        assertThat(_find(Button.class, spec -> spec.withClasses("room-withdraw"))).isEmpty();
        recordFor("US");
        assertThat(_find(Button.class, spec -> spec.withClasses("room-withdraw"))).isEmpty();
        recordFor("PK");
        assertThat(_find(Button.class, spec -> spec.withClasses("room-withdraw"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static void recordFor(String delegation) {
        ComboBox<Delegation> box = _get(ComboBox.class, spec -> spec.withClasses("room-recording-for"));
        box.setValue(box.getListDataView().getItems().filter(d -> d.id().equals(delegation)).findFirst().orElseThrow());
    }

    @Test
    void agreeing_a_paragraph_asks_first_and_the_agreement_can_be_undone_from_the_notice() {
        String doc = newDocument();
        openAs("secretariat", Role.SECRETARIAT, doc).selectBlock("p5");
        long before = revision(doc);

        _click(button("room-agree"));
        Confirmation confirm = _get(Confirmation.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Mark paragraph 2 agreed?");
        _click(confirm.cancel);
        assertThat(revision(doc)).isEqualTo(before);

        _click(button("room-agree"));
        _click(_get(Confirmation.class).confirm);
        assertThat(as("secretariat", () -> documents.load(doc)).sections().getFirst().blocks().get(1))
                .satisfies(b -> assertThat(((org.draftroom.negotiation.Paragraph) b).status()).isEqualTo(Status.AGREED));

        _click(button("room-undo-last"));
        assertThat(as("secretariat", () -> documents.load(doc)).sections().getFirst().blocks().get(1))
                .satisfies(b -> assertThat(((org.draftroom.negotiation.Paragraph) b).status()).isEqualTo(Status.OPEN));
        assertThat(as("secretariat", () -> documents.history(doc, null)).getLast().action()).isEqualTo("undo-agree");
    }

    @Test
    void agreeing_a_proposal_asks_first_and_undo_in_the_inspector_of_its_paragraph_takes_it_back() {
        String doc = newDocument();
        String pid = pakistanProposes(doc);
        RoomDesk desk = openAs("secretariat", Role.SECRETARIAT, doc);
        desk.selectProposal(pid);
        long before = revision(doc);
        _click(button("room-agree-proposal"));
        _click(_get(Confirmation.class).cancel);
        assertThat(revision(doc)).isEqualTo(before);

        _click(button("room-agree-proposal"));
        assertThat(ShownText.of(_get(Confirmation.class))).contains("Pakistan");
        _click(_get(Confirmation.class).confirm);
        assertThat(Walk.plainText(as("secretariat", () -> documents.load(doc)).sections().getFirst().blocks().get(1) instanceof
                org.draftroom.negotiation.Paragraph p ? p.content() : List.of())).contains("and purpose aims");

        desk.selectBlock("p5");
        _click(button("room-undo-agree"));
        assertThat(proposal(doc, pid).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void renumbering_asks_first_with_the_labels_it_would_change() {
        String doc = newDocument();
        openAs("secretariat", Role.SECRETARIAT, doc).selectBlock("p5");
        long before = revision(doc);
        _click(button("room-renumber"));
        assertThat(ShownText.of(_get(Confirmation.class))).contains("already in order");
        _click(_get(Confirmation.class).cancel);
        assertThat(revision(doc)).isEqualTo(before);

        _click(button("room-renumber"));
        _click(_get(Confirmation.class).confirm);
        assertThat(revision(doc)).isEqualTo(before + 1);
        assertThat(as("secretariat", () -> documents.history(doc, null)).getLast().action()).isEqualTo("renumber");
    }

    @Test
    void taking_a_chairs_text_as_the_basis_previews_before_and_after_and_what_becomes_superseded() {
        String doc = newDocument();
        String pid = pakistanProposes(doc);
        String rewrite = as("usa", () -> room.proposeRewrite(doc, "p5", "The evaluation reviews the network.", Acting.self())).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("The chair's wording of the aims."), Set.of(pid)))
                .ids().getFirst();
        openAs("secretariat", Role.SECRETARIAT, doc).selectProposal(chair);
        long before = revision(doc);

        _click(button("room-accept-chair-text"));
        Confirmation confirm = _get(Confirmation.class);
        String preview = ShownText.of(confirm);
        assertThat(_get(Div.class, spec -> spec.withClasses("room-preview-before")).getText()).contains("network of external offices");
        assertThat(_get(Div.class, spec -> spec.withClasses("room-preview-after")).getText()).isEqualTo("The chair's wording of the aims.");
        assertThat(ShownText.of(_get(Div.class, spec -> spec.withClasses("room-preview-superseded"))))
                .contains("United States of America: new wording for paragraph 2")
                .contains("Pakistan: insert “and purpose”").contains("merged");
        assertThat(preview).contains("paragraph 2");
        _click(confirm.cancel);
        assertThat(revision(doc)).isEqualTo(before);
        assertThat(proposal(doc, chair).status()).isEqualTo(Status.OPEN);

        _click(button("room-accept-chair-text"));
        _click(_get(Confirmation.class).confirm);
        assertThat(proposal(doc, rewrite).status()).isEqualTo(Status.SUPERSEDED);
        assertThat(ShownText.of(_get(DocumentView.class))).contains("The chair's wording of the aims.");
    }
}
