package org.draftroom.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.search.SearchResult.Hit;

class FoldedHitsTest {

    private static Hit hit(String entry, String snippet, int version) {
        return new Hit("d1", "WO/PBC/34/15", entry, entry, "§5", "A", "paragraph", "open", "PBC/34", List.of(), "zh",
                snippet, "", version, version == 0 ? "" : "v" + version, 1f);
    }

    @Test
    void the_same_passage_in_the_working_text_and_versions_is_one_hit_naming_the_versions() {
        List<FoldedHits.Folded> folded = FoldedHits.fold(List.of(hit("p5", "<mark>评价</mark>", 0), hit("p6", "other", 0)),
                List.of(hit("p5", "<mark>评价</mark>", 1), hit("p5", "<mark>评价</mark>", 3), hit("p5", "<mark>评价</mark>", 2),
                        hit("p9", "not shown", 1)));
        assertThat(folded).hasSize(2);
        assertThat(folded.getFirst().hit().version()).isZero();
        assertThat(folded.getFirst().alsoIn()).containsExactly(1, 2, 3);
        assertThat(FoldedHits.ranges(folded.getFirst().alsoIn())).isEqualTo("v1–v3");
        assertThat(folded.get(1).alsoIn()).isEmpty();
    }

    @Test
    void a_passage_that_changed_between_versions_stays_a_hit_of_its_own() {
        List<FoldedHits.Folded> folded = FoldedHits.fold(
                List.of(hit("p5", "<mark>评价</mark> new", 0), hit("p5", "<mark>评价</mark> old", 1), hit("p5", "<mark>评价</mark> old", 2)),
                List.of());
        assertThat(folded).extracting(f -> f.hit().version()).containsExactly(0, 1);
        assertThat(folded.get(1).alsoIn()).containsExactly(2);
    }

    @Test
    void version_ranges_are_compressed() {
        assertThat(FoldedHits.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("v1–v3, v5, v7–v8");
        assertThat(FoldedHits.ranges(List.of(4))).isEqualTo("v4");
    }
}
