package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.delegations.Forum;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position.Stance;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnglishNotationTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    static final String TEXT = """
            WO/PBC/99/1
            ORIGINAL: ENGLISH
            DATE: March 3, 2024
            Program and Budget Committee
            Thirty-Ninth Session
            Geneva, March 11 to 15, 2024
            Draft decision on climate technologies
            Document prepared by the Secretariat

            A. Purpose

            1. Member States [shall][should] promote [low-[carbon][emission] development] in {Region}.

            2. The Committee [welcomes the report – US; GRULAC delete] and [US/SG propose; CL/NZ oppose: notes the progress].

            3. The evaluation [US oppose: will cover all offices].

            4. The Committee adopts Option 1: [an external evaluation – CA] or Option 2: [an internal evaluation – IN].

            5. The Secretariat will report annually. [Agreed ad ref]

            6. Funding [comes from the regular budget – US; G77 delete].

            7. Funding [comes from fees – US; Friends of Budgets delete].

            8. The report [is final – USA; CHL delete].

            United States: we need more time on paragraph 6.
            """;
    static NegotiationDocument doc;

    @BeforeAll
    static void importIt() {
        doc = new NotationImporter(REGISTRY).importText(TEXT, null).document();
    }

    private static List<Inline> paragraph(int n) {
        return ((Paragraph) doc.sections().getFirst().blocks().get(n - 1)).content();
    }

    private static List<Proposal> proposals(int n) {
        return paragraph(n).stream().filter(i -> i instanceof Proposal).map(i -> (Proposal) i).toList();
    }

    @Test
    void the_english_header_is_read() {
        assertThat(doc.header().language()).isEqualTo("en");
        assertThat(doc.header().symbol()).isEqualTo("WO/PBC/99/1");
        assertThat(doc.header().date()).isEqualTo(java.time.LocalDate.of(2024, 3, 3));
        assertThat(doc.header().title()).isEqualTo("Draft decision on climate technologies");
    }

    @Test
    void adjacent_alternatives_nested_brackets_and_placeholders() {
        List<Proposal> p = proposals(1);
        assertThat(p).extracting(Proposal::kind).containsOnly(ProposalKind.BRACKETED);
        assertThat(p).extracting(x -> Walk.plainText(x.text())).containsExactly("shall", "should",
                "low-carbonemission development");
        List<Inline> inner = p.get(2).text();
        assertThat(inner.stream().filter(i -> i instanceof Proposal)).hasSize(2);
        assertThat(paragraph(1)).contains(new Placeholder("Region"));
    }

    @Test
    void text_then_delegation_then_a_counter_proposal_and_propose_oppose_lists() {
        Proposal welcome = proposals(2).getFirst();
        assertThat(welcome.kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(welcome.actors().by()).containsExactly("US");
        assertThat(welcome.proposals()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ProposalKind.DELETE);
            assertThat(d.actors().by()).containsExactly("GRULAC");
        });
        Proposal notes = proposals(2).get(1);
        assertThat(notes.kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(notes.actors().by()).containsExactly("US", "SG");
        assertThat(Walk.plainText(notes.text())).isEqualTo("notes the progress");
        assertThat(notes.positions()).singleElement().satisfies(pos -> {
            assertThat(pos.stance()).isEqualTo(Stance.OPPOSE);
            assertThat(pos.actors().by()).containsExactly("CL", "NZ");
        });
    }

    @Test
    void an_opposed_passage_nobody_proposed() {
        Proposal p = proposals(3).getFirst();
        assertThat(p.kind()).isEqualTo(ProposalKind.BRACKETED);
        assertThat(p.actors().attributed()).isFalse();
        assertThat(Walk.plainText(p.text())).isEqualTo("will cover all offices");
        assertThat(p.positions()).singleElement().satisfies(pos -> {
            assertThat(pos.stance()).isEqualTo(Stance.OPPOSE);
            assertThat(pos.actors().by()).containsExactly("US");
        });
    }

    @Test
    void options_keep_their_labels() {
        assertThat(proposals(4)).extracting(Proposal::label, x -> x.actors().by())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Option 1", List.of("CA")),
                        org.assertj.core.groups.Tuple.tuple("Option 2", List.of("IN")));
    }

    @Test
    void agreed_ad_ref_marks_the_paragraph_agreed() {
        Paragraph p = (Paragraph) doc.sections().getFirst().blocks().get(4);
        assertThat(p.status()).isEqualTo(Status.AGREED);
        assertThat(new Renderer(REGISTRY).cleanAgreed(doc)).contains("The Secretariat will report annually.");
    }

    /** "[words – A; B delete]": A's insertion of the words, B's deletion of them. */
    private static void insertedAndDeleted(Proposal p, String words, String by, String deletedBy) {
        assertThat(List.of(p.kind(), p.actors().by(), Walk.plainText(p.text())))
                .containsExactly(ProposalKind.INSERT, List.of(by), words);
        assertThat(p.proposals()).singleElement().extracting(Proposal::kind, d -> d.actors().by())
                .containsExactly(ProposalKind.DELETE, List.of(deletedBy));
    }

    @Test
    void a_un_group_deletes_what_a_state_proposed() {
        insertedAndDeleted(proposals(6).getFirst(), "comes from the regular budget", "US", "G77");
    }

    @Test
    void three_letter_codes_name_states() {
        insertedAndDeleted(proposals(8).getFirst(), "is final", "US", "CL");
    }

    @Test
    void an_unknown_group_leaves_the_bracket_unattributed_but_kept() {
        Proposal p = proposals(7).getFirst();
        assertThat(p.kind()).isEqualTo(ProposalKind.BRACKETED);
        assertThat(Walk.plainText(p.text())).isEqualTo("comes from fees – US; Friends of Budgets delete");
    }

    @Test
    void a_group_another_forum_seats_is_unknown_in_this_one() {
        NegotiationDocument wipo = new NotationImporter(REGISTRY.forForum(Forum.WIPO)).importText(TEXT, null).document();
        Proposal p = ((Paragraph) wipo.sections().getFirst().blocks().get(5)).content().stream()
                .filter(i -> i instanceof Proposal).map(i -> (Proposal) i).findFirst().orElseThrow();
        assertThat(p.kind()).isEqualTo(ProposalKind.BRACKETED);
        assertThat(Walk.plainText(p.text())).isEqualTo("comes from the regular budget – US; G77 delete");
    }

    @Test
    void statements_and_the_marked_up_text_round_trip() {
        assertThat(Walk.blocks(doc)).anySatisfy(b -> {
            assertThat(b).isInstanceOf(Statement.class);
            assertThat(((Statement) b).actors().by()).containsExactly("US");
        });
        String marked = new Renderer(REGISTRY).marked(doc);
        assertThat(CharacterSimilarity.ratio(TEXT, marked)).isEqualTo(1.0);
        assertThat(new NotationImporter(REGISTRY).importText(marked, null).warnings()).isEmpty();
    }

    @Test
    void clean_texts_in_english() {
        Renderer renderer = new Renderer(REGISTRY);
        assertThat(renderer.cleanOpen(doc)).contains("Member States [shall][should] promote",
                "The Committee [welcomes the report] and [notes the progress].");
        assertThat(renderer.cleanAgreed(doc)).contains("1. Member States  promote  in {Region}.")
                .doesNotContain("US", "[");
    }
}
