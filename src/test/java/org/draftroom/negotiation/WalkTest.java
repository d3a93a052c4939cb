package org.draftroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WalkTest {
    private static final Proposal NESTED = Proposal.inline("nested", ProposalKind.INSERT, Actors.of("NG"), List.of(),
            List.of(new Text("最近可用的")));
    private static final Proposal SWISS = new Proposal("swiss", ProposalKind.INSERT, Actors.of("CH"), List.of(),
            List.of(new Text("推广"), NESTED, new Text("技术")), List.of(), null, List.of(), Status.OPEN, List.of(),
            List.of(new Position("pos", Position.Stance.SUPPORT, Actors.of("US"), null, null)), null);
    private static final Proposal IN_HEADING = Proposal.inline("heading", ProposalKind.DELETE, Actors.of("PK"),
            List.of(new Text("和宗旨")), List.of());
    private static final Proposal IN_ALTERNATIVE = Proposal.inline("in-alt", ProposalKind.DELETE, Actors.of("DZ"),
            List.of(new Text("其余")), List.of());
    private static final Proposal COUNTER = Proposal.inline("counter", ProposalKind.DELETE, Actors.of("RU"),
            List.of(), List.of());

    /** Preamble p0; section A: heading with a proposal, p1 with an item and Switzerland's nested proposal, a
     *  footnote, a statement; a chair's alternative for p1 holding a1 with a proposal and a counter-proposal. */
    static NegotiationDocument document() {
        Item item = new Item("i1", Item.Marker.LETTER, List.of(new Text("item")), List.of(), false);
        Paragraph p1 = new Paragraph("p1", true, List.of(new Text("评价将"), SWISS), List.of(item), Status.OPEN, false);
        Paragraph a1 = new Paragraph("a1", true, List.of(new Text("由监督司进行"), IN_ALTERNATIVE), List.of(), Status.OPEN, false);
        Proposal alternative = new Proposal("alt", ProposalKind.CHAIR_ALTERNATIVE, Actors.of(Actors.CHAIR), List.of(),
                List.of(), List.of("p1"), null, List.of(a1), Status.OPEN, List.of(COUNTER), List.of(), null);
        Footnote f1 = new Footnote("f1", List.of(new Text("A/55/INF/11")));
        Statement st = new Statement("st1", Statement.StatementKind.STATEMENT, Actors.of("RU"), List.of(new Text("我们坚持")));
        Paragraph p0 = new Paragraph("p0", false, List.of(new Text("序言")), List.of(), Status.OPEN, false);
        Section a = new Section("sA", "A.", List.of(new Text("背景"), IN_HEADING),
                List.of(p1, f1, st, new ProposalBlock("pb", alternative)));
        return new NegotiationDocument("d", DocumentHeader.minimal("TEST/WALK", "t", "zh"), List.of(p0), List.of(a));
    }

    @Test
    void blocks_are_visited_in_reading_order_with_items_footnotes_and_the_blocks_of_alternatives() {
        assertThat(Walk.blocks(document())).extracting(Block::id)
                .containsExactly("p0", "p1", "i1", "f1", "st1", "pb", "a1");
    }

    @Test
    void proposals_are_found_at_every_depth_once() {
        assertThat(Walk.proposals(document())).extracting(Proposal::id)
                .containsExactlyInAnyOrder("heading", "swiss", "nested", "alt", "counter", "in-alt");
    }

    @Test
    void positions_come_from_every_proposal() {
        assertThat(Walk.positions(document())).extracting(Position::id).containsExactly("pos");
    }

    @Test
    void plain_text_reads_proposed_and_targeted_words_and_placeholders_but_not_footnote_marks() {
        List<Inline> inlines = List.of(new Text("评价"), SWISS, new FootnoteRef("f1"), new Placeholder("Region"),
                IN_HEADING);
        assertThat(Walk.plainText(inlines)).isEqualTo("评价推广最近可用的技术{Region}和宗旨");
    }
}
