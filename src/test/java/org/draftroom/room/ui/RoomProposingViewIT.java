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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.Delegation;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** The propose dialog's two ways (edit or rewrite), whose words the secretariat records, superseded proposals. */
@DraftroomIT
class RoomProposingViewIT {
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
        return as("secretariat", () -> documents.create(TestDocuments.tor("TEST/PROPOSING/" + System.nanoTime()), null));
    }

    private RoomDesk openAs(String user, Role role, String doc) {
        return RoomDesk.of(KaribuUi.openDocument(context, user, role, doc)).orElseThrow();
    }

    private List<Proposal> proposals(String doc) {
        return Walk.proposals(as("secretariat", () -> documents.load(doc)));
    }

    @Test
    void a_whole_paragraph_rewrite_on_a_paragraph_holding_proposals_is_one_proposal_and_the_others_stay() {
        String doc = newDocument();
        String usa = as("usa", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self())).ids().getFirst();
        openAs("pakistan", Role.DELEGATE, doc).selectBlock("p5");
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        ProposeDialog dialog = _get(ProposeDialog.class);
        assertThat(dialog.wording.getValue()).contains("⟦1⟧");
        dialog.kind.setValue(ProposeDialog.Kind.REWRITE);
        assertThat(dialog.wording.getValue()).doesNotContain("⟦").startsWith("Based on the above");
        dialog.wording.setValue("The evaluation shall review the whole network of external offices.");
        _click(dialog.submit);

        assertThat(proposals(doc)).extracting(p -> p.kind() + " " + String.join(",", p.actors().by()))
                .containsExactlyInAnyOrder("INSERT US", "REWRITE PK");
        assertThat(proposals(doc)).filteredOn(p -> p.id().equals(usa)).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(Status.OPEN));
        assertThat(ShownText.of(_get(DocumentView.class))).contains("The evaluation shall review the whole network");
    }

    @Test
    void a_marker_typed_into_a_rewrite_is_refused_with_the_reason_and_nothing_is_recorded() {
        String doc = newDocument();
        as("usa", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self()));
        openAs("pakistan", Role.DELEGATE, doc).selectBlock("p5");
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        ProposeDialog dialog = _get(ProposeDialog.class);
        dialog.kind.setValue(ProposeDialog.Kind.REWRITE);
        dialog.wording.setValue("New ⟦1⟧ wording.");
        _click(dialog.submit);
        assertThat(proposals(doc)).hasSize(1);
        assertThat(_find(ProposeDialog.class)).hasSize(1);
    }

    @Test
    void the_secretariats_dialog_says_for_whom_it_records_and_submits_only_once_it_is_chosen() {
        String doc = newDocument();
        openAs("secretariat", Role.SECRETARIAT, doc).selectBlock("p5");
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        ProposeDialog dialog = _get(ProposeDialog.class);
        assertThat(dialog.recordingFor.getText()).startsWith("Choose the delegation");
        assertThat(dialog.submit.isEnabled()).isFalse();
        dialog.close();

        @SuppressWarnings("unchecked")
        ComboBox<Delegation> box = _get(ComboBox.class, spec -> spec.withClasses("room-recording-for"));
        box.setValue(box.getListDataView().getItems().filter(d -> d.id().equals("CA")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withClasses("room-propose")));
        dialog = _get(ProposeDialog.class);
        assertThat(dialog.recordingFor.getText()).isEqualTo("Recording for Canada");
        dialog.wording.setValue(P5 + " Canada's words.");
        _click(dialog.submit);
        assertThat(proposals(doc)).singleElement().satisfies(p -> assertThat(p.actors().by()).containsExactly("CA"));
    }

    @Test
    void superseded_proposals_show_struck_can_be_hidden_and_link_to_the_chairs_text_that_drew_on_them() {
        String doc = newDocument();
        String pk = as("pakistan", () -> room.proposeRewrite(doc, "p5", "Pakistan's wording of the aims.", Acting.self())).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("The chair's wording."), Set.of(pk))).ids().getFirst();
        RoomDesk desk = openAs("pakistan", Role.DELEGATE, doc);
        desk.selectProposal(chair);
        assertThat(ShownText.of(_get(Div.class, spec -> spec.withClasses("room-lineage")))).contains("Pakistan: new wording for paragraph 2");
        desk.selectProposal(pk);
        Div back = _get(Div.class, spec -> spec.withClasses("room-lineage-back"));
        assertThat(ShownText.of(back)).startsWith("Drawn into:").contains("the chair: alternative text for paragraph 2");
        _click(_get(Button.class, spec -> spec.withClasses("room-lineage-link-button")));
        assertThat(desk.selectedProposal()).isEqualTo(chair);

        as("chair", () -> room.acceptChairText(doc, chair));
        desk.refresh();
        desk.selectProposal(pk);
        assertThat(ShownText.of(_get(Div.class, spec -> spec.withClasses("room-lineage-back")))).startsWith("Superseded by:")
                .contains("taken as the basis");
        assertThat(_get(Div.class, spec -> spec.withClasses("room-proposal-inspector")).getClassNames()).contains("room-inspected-superseded");
        String shown = ShownText.of(_get(DocumentView.class));
        assertThat(shown).contains("Pakistan's wording of the aims.").contains("superseded");

        _get(Checkbox.class, spec -> spec.withClasses("room-show-superseded")).setValue(false);
        assertThat(ShownText.of(_get(DocumentView.class).textColumn())).doesNotContain("Pakistan's wording of the aims.").contains("The chair's wording.");
        _get(Checkbox.class, spec -> spec.withClasses("room-show-superseded")).setValue(true);
        assertThat(ShownText.of(_get(DocumentView.class).textColumn())).contains("Pakistan's wording of the aims.");
        assertThat(proposals(doc)).filteredOn(p -> p.kind() == ProposalKind.REWRITE).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(Status.SUPERSEDED));
    }
}
