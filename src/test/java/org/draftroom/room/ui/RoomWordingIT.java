package org.draftroom.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryQuery;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ShownText;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.room.Acting;
import org.draftroom.room.DocumentTimeline;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.SignIn;
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
    @Autowired
    DocumentTimeline timeline;
    @Autowired
    DelegationRegistry delegations;

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

    /** Selects the proposal in the open reading view and gives the inspector's text. */
    private static String inspect(String proposalId) {
        RoomDesk.of(_get(DocumentView.class)).orElseThrow().selectProposal(proposalId);
        return _get(Div.class, spec -> spec.withClasses("room-proposal-inspector")).getElement().getTextRecursively();
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

    @Test
    void imported_brackets_without_a_proposer_are_called_unattributed_brackets() {
        Proposal brackets = Proposal.inline("pbx", ProposalKind.BRACKETED, Actors.NOBODY, List.of(new Text("external")), List.of());
        NegotiationDocument tor = TestDocuments.tor("TEST/WORDING/" + System.nanoTime());
        Section a = tor.sections().getFirst();
        Paragraph p4 = new Paragraph("p4", true, List.of(new Text("The Committee requested an "), brackets, new Text(" draft.")),
                List.of(), Status.OPEN, false);
        List<Block> blocks = new java.util.ArrayList<>(a.blocks());
        blocks.set(0, p4);
        NegotiationDocument doc = new NegotiationDocument(tor.id(), tor.header(), tor.preamble(),
                List.of(new Section(a.id(), a.label(), a.heading(), blocks), tor.sections().get(1)));
        String id = as("secretariat", () -> documents.create(doc, null));

        read(id, Locale.ENGLISH);
        assertThat(inspect("pbx")).contains("Unattributed brackets").doesNotContain("unattributed · bracketed");
        // the words of confirmations, history lines and the dashboard's matrix
        assertThat(new org.draftroom.room.internal.Describe(doc, x -> x).proposal(brackets))
                .isEqualTo("Unattributed brackets around “external”");
        KaribuUi.tearDown();

        read(id, Locale.CHINESE);
        assertThat(inspect("pbx")).contains("未注明提案方的括号").doesNotContain("未注明 · 括号内容");
    }

    @Test
    void a_delegation_speaking_for_a_group_speaks_on_behalf_of_the_group() {
        String doc = newDocument();
        String pid = as("secretariat", () -> room.proposeNewAfter(doc, "p5", "A new item for Africa.",
                new Acting("DZ", "AFRICAN_GROUP", List.of()))).ids().getFirst();

        assertThat(read(doc, Locale.ENGLISH)).contains("Algeria on behalf of the African Group")
                .doesNotContain("on behalf of African Group");
        assertThat(inspect(pid)).contains("Algeria on behalf of the African Group");
        // the history line, as the timeline and the paragraph's history show it
        assertThat(as("usa", () -> timeline.page(doc, HistoryQuery.ALL, 0, 1)).getFirst().summary())
                .startsWith("Algeria on behalf of the African Group: add");
        KaribuUi.tearDown();

        assertThat(read(doc, Locale.CHINESE)).contains("阿尔及利亚代表非洲集团");
    }

    @Test
    void a_paragraphs_history_names_who_acted_as_the_timeline_does_and_the_seed_as_the_secretariat() {
        String doc = createdBySeed();
        as("pakistan", () -> room.proposeWording(doc, "p5", TestDocuments.P5.replace("aims", "and purpose aims"), null, Acting.self()));
        as("secretariat", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.RETAIN, null, Acting.as("CA")));

        read(doc, Locale.ENGLISH);
        RoomDesk.of(_get(DocumentView.class)).orElseThrow().selectBlock("p5");
        _click(_get(_get(DocumentView.class).paragraphPanels().get("p5"), Button.class, spec -> spec.withClasses("room-history")));
        HistoryDialog dialog = _get(HistoryDialog.class);
        List<String> who = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(dialog.grid); i++) who.add(GridKt._getFormattedRow(dialog.grid, i).get(1));
        assertThat(who).startsWith("Secretariat for Canada", "Pakistan").doesNotContain("pakistan", "secretariat", "seed");
        // the timeline says the same, the seed's set-up included
        assertThat(as("usa", () -> timeline.page(doc, HistoryQuery.ALL, 0, 10)))
                .extracting(e -> ChangeWords.who(e, delegations, Locale.ENGLISH, UI.getCurrent()::getTranslation))
                .containsExactly("Secretariat for Canada", "Pakistan", "Secretariat");
    }

    @Test
    void a_delegate_is_offered_to_withdraw_only_a_position_it_holds() {
        String doc = newDocument();
        String pid = as("pakistan", () -> room.proposeAboutParagraph(doc, "p5", ProposalKind.DELETE, null, Acting.self()))
                .ids().getFirst();

        read(doc, Locale.ENGLISH);
        inspect(pid);
        assertThat(withdrawPositionButtons()).isZero();
        KaribuUi.tearDown();

        as("usa", () -> room.statePosition(doc, pid, org.draftroom.negotiation.Position.Stance.SUPPORT, null, Acting.self()));
        read(doc, Locale.ENGLISH);
        inspect(pid);
        assertThat(withdrawPositionButtons()).isOne();
    }

    private static int withdrawPositionButtons() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withClasses("room-withdraw-position")).size();
    }

    /** A document created as the demo seed creates it: by the user "seed", which has no account. */
    private String createdBySeed() {
        org.springframework.security.core.context.SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(SignIn.authentication(DocumentService.DEMO_SEED_USER, "SECRETARIAT"));
        try {
            return documents.create(TestDocuments.tor("TEST/WORDING/" + System.nanoTime()), null);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
