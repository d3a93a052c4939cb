package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

class RebaseTest {
    private static final List<Token> BASE = Tokens.split("the size and performance of the network");

    private static String rebased(String current, String mine) {
        List<Token> now = Tokens.split(current);
        List<Change> changes = Rebase.onto(BASE, now, WordDiff.changes(BASE, Tokens.split(mine)));
        return Tokens.plain(Tokens.of(WordDiff.apply(now, changes, Change::replacement)));
    }

    @Test
    void a_change_elsewhere_in_the_paragraph_is_carried_over() {
        assertThat(rebased("the size and performance of the whole network", "the overall size and performance of the network"))
                .isEqualTo("the overall size and performance of the whole network");
    }

    @Test
    void insertions_at_the_same_point_both_stand_ours_after_theirs() {
        assertThat(rebased("the size and performance of the external network", "the size and performance of the entire network"))
                .isEqualTo("the size and performance of the external entire network");
    }

    @Test
    void changing_the_same_words_is_a_conflict_that_says_what_happened() {
        assertThatThrownBy(() -> rebased("the scale and performance of the network", "the extent and performance of the network"))
                .isInstanceOf(Rebase.Conflict.class)
                .satisfies(e -> assertThat(((Rebase.Conflict) e).explanation()).isEqualTo("“size” became “scale”"));
    }

    @Test
    void chinese_changes_rebase_character_by_character() {
        List<Token> base = Tokens.split("评价驻外办事处网络的规模");
        List<Token> now = Tokens.split("评价产权组织驻外办事处网络的规模");
        List<Change> mine = WordDiff.changes(base, Tokens.split("评价驻外办事处网络的规模和效绩"));
        List<Change> moved = Rebase.onto(base, now, mine);
        assertThat(Tokens.plain(Tokens.of(WordDiff.apply(now, moved, Change::replacement))))
                .isEqualTo("评价产权组织驻外办事处网络的规模和效绩");
    }
}
