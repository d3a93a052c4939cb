package org.draftroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberingTest {

    private static Paragraph numbered(String id) {
        return new Paragraph(id, true, List.of(new Text(id)), List.of(), Status.OPEN, false);
    }

    private static Paragraph unnumbered(String id) {
        return new Paragraph(id, false, List.of(new Text(id)), List.of(), Status.OPEN, false);
    }

    private static NegotiationDocument document(List<Block> preamble, List<Block> a, List<Block> b) {
        return new NegotiationDocument("d", DocumentHeader.minimal("TEST/1", "t", "en"), preamble,
                List.of(new Section("sA", "A.", List.of(new Text("A")), a), new Section("sB", "B.", List.of(new Text("B")), b)));
    }

    private static ProposalBlock alternative(String id, List<String> replaces, Block... blocks) {
        return new ProposalBlock("pb-" + id, new Proposal(id, ProposalKind.CHAIR_ALTERNATIVE, Actors.of(Actors.CHAIR),
                List.of(), List.of(), replaces, null, List.of(blocks), Status.OPEN, List.of(), List.of(), null));
    }

    @Test
    void paragraphs_are_numbered_in_reading_order_from_the_preamble_across_sections() {
        Numbering n = Numbering.of(document(List.of(numbered("p0")), List.of(numbered("p1"), numbered("p2")),
                List.of(numbered("p3"))));
        assertThat(List.of(n.paragraph("p0"), n.paragraph("p1"), n.paragraph("p2"), n.paragraph("p3")))
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void unnumbered_paragraphs_take_no_number_and_do_not_move_the_others() {
        Numbering n = Numbering.of(document(List.of(), List.of(numbered("p1"), unnumbered("u"), numbered("p2")), List.of()));
        assertThat(n.paragraph("u")).isZero();
        assertThat(n.paragraph("p2")).isEqualTo(2);
    }

    @Test
    void numbered_paragraphs_inside_items_count_too() {
        Item item = new Item("i", Item.Marker.LETTER, List.of(new Text("item")), List.of(numbered("inner")), false);
        Paragraph host = new Paragraph("p1", true, List.of(new Text("host")), List.of(item), Status.OPEN, false);
        Numbering n = Numbering.of(document(List.of(), List.of(host, numbered("p2")), List.of()));
        assertThat(List.of(n.paragraph("p1"), n.paragraph("inner"), n.paragraph("p2"))).containsExactly(1, 2, 3);
    }

    @Test
    void a_chair_alternative_counts_from_the_first_paragraph_it_replaces_and_does_not_advance_the_text() {
        Numbering n = Numbering.of(document(List.of(),
                List.of(numbered("p1"), numbered("p2"), numbered("p3"),
                        alternative("alt", List.of("p2", "p3"), numbered("a1"), numbered("a2"))),
                List.of(numbered("p4"))));
        assertThat(List.of(n.paragraph("a1"), n.paragraph("a2"))).containsExactly(2, 3);
        assertThat(n.paragraph("p4")).isEqualTo(4);
    }

    @Test
    void an_alternative_that_replaces_no_known_paragraph_counts_from_the_next_number() {
        Numbering n = Numbering.of(document(List.of(),
                List.of(numbered("p1"), alternative("alt", List.of("gone"), numbered("a1"))), List.of(numbered("p2"))));
        assertThat(n.paragraph("a1")).isEqualTo(2);
        assertThat(n.paragraph("p2")).isEqualTo(2);
    }

    @Test
    void footnotes_are_numbered_in_order_wherever_they_stand() {
        Footnote f1 = new Footnote("f1", List.of(new Text("one")));
        Footnote f2 = new Footnote("f2", List.of(new Text("two")));
        Numbering n = Numbering.of(document(List.of(f1), List.of(numbered("p1")), List.of(alternative("alt", List.of("p1"), f2))));
        assertThat(List.of(n.footnote("f1"), n.footnote("f2"))).containsExactly(1, 2);
        assertThat(n.paragraph("f1")).isZero();
    }

    @Test
    void an_unknown_id_has_number_zero() {
        Numbering n = Numbering.of(document(List.of(), List.of(numbered("p1")), List.of()));
        assertThat(n.paragraph("nosuch")).isZero();
        assertThat(n.footnote("nosuch")).isZero();
    }

    @Test
    void section_labels_run_from_a_to_z_then_double_letters() {
        assertThat(List.of(Numbering.sectionLabel(0), Numbering.sectionLabel(25), Numbering.sectionLabel(26),
                Numbering.sectionLabel(27), Numbering.sectionLabel(701), Numbering.sectionLabel(702)))
                .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
    }

    @Test
    void item_labels_follow_their_marker() {
        assertThat(Numbering.itemLabel(Item.Marker.LETTER, 0)).isEqualTo("a");
        assertThat(Numbering.itemLabel(Item.Marker.LETTER, 26)).isEqualTo("aa");
        assertThat(Numbering.itemLabel(Item.Marker.NUMBER, 0)).isEqualTo("1");
        assertThat(Numbering.itemLabel(Item.Marker.ROMAN, 3)).isEqualTo("iv");
        assertThat(Numbering.itemLabel(Item.Marker.ROMAN, 1993)).isEqualTo("mcmxciv");
        assertThat(Numbering.itemLabel(Item.Marker.BULLET, 5)).isEqualTo("•");
        assertThat(Numbering.itemLabel(Item.Marker.DASH, 5)).isEqualTo("−");
    }
}
