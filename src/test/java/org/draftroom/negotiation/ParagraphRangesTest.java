package org.draftroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphRangesTest {

    @Test
    void runs_of_three_or_more_are_joined_by_an_en_dash_and_pairs_stay_apart() {
        assertThat(ParagraphRanges.of(List.of(5))).isEqualTo("5");
        assertThat(ParagraphRanges.of(List.of(5, 4))).isEqualTo("4, 5");
        assertThat(ParagraphRanges.of(List.of(3, 4, 5, 8))).isEqualTo("3–5, 8");
        assertThat(ParagraphRanges.of(List.of(9, 3, 0, 5, 4, 4))).isEqualTo("3–5, 9");
    }

    @Test
    void one_paragraph_named_twice_or_beside_unnumbered_blocks_is_not_several() {
        assertThat(ParagraphRanges.several(List.of(5, 5, 0))).isFalse();
        assertThat(ParagraphRanges.several(List.of(5, 6))).isTrue();
    }
}
