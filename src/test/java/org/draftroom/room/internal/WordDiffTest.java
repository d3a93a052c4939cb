package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

class WordDiffTest {

    private static List<Change> diff(String before, String after) {
        return WordDiff.changes(Tokens.split(before), Tokens.split(after));
    }

    private static String text(List<Token> tokens) {
        return Tokens.plain(tokens);
    }

    @Test
    void english_is_compared_word_by_word() {
        List<Change> changes = diff("the evaluation of the network", "the independent evaluation of the network");
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().isInsert()).isTrue();
        assertThat(text(changes.getFirst().replacement())).isEqualTo("independent ");
    }

    @Test
    void replacing_one_word_gives_a_single_replacement_not_letters() {
        List<Change> changes = diff("review the network size", "review the office size");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(text(Tokens.split("review the network size").subList(c.start(), c.end()))).isEqualTo("network");
            assertThat(text(c.replacement())).isEqualTo("office");
        });
    }

    @Test
    void chinese_is_compared_character_by_character() {
        assertThat(Tokens.split("驻外办事处网络")).hasSize(7);
        List<Change> changes = diff("评价产权组织驻外办事处网络的规模", "评价产权组织每个驻外办事处的规模");
        assertThat(changes).hasSize(2);
        assertThat(text(changes.get(0).replacement())).isEqualTo("每个");
        assertThat(changes.get(0).isInsert()).isTrue();
        assertThat(changes.get(1).isDelete()).isTrue();
        assertThat(text(Tokens.split("评价产权组织驻外办事处网络的规模").subList(changes.get(1).start(), changes.get(1).end())))
                .isEqualTo("网络");
    }

    @Test
    void changes_one_character_apart_in_chinese_merge_into_one_replacement() {
        List<Change> changes = diff("审查网络的规模", "评价体系的效绩");
        assertThat(changes).hasSize(1);
        assertThat(text(changes.getFirst().replacement())).isEqualTo("评价体系的效绩");
    }

    @Test
    void latin_words_inside_chinese_stay_whole() {
        assertThat(Tokens.split("PBC第三十四届").stream().map(Token::text)).containsExactly("PBC", "第", "三", "十", "四", "届");
    }

    @Test
    void markers_stand_for_existing_proposals_and_must_be_kept() {
        Proposal existing = Proposal.inline("p1", ProposalKind.INSERT, Actors.of("PK"), List.of(), List.of(new Text("和宗旨")));
        List<Inline> content = List.of(new Text("A. 背景"), existing, new Text("。"));
        List<Token> base = Tokens.of(content);
        assertThat(Tokens.render(base)).isEqualTo("A. 背景⟦1⟧。");
        List<Token> edited = Tokens.parse("A. 背景⟦1⟧和目的。", Tokens.atoms(base));
        List<Change> changes = WordDiff.changes(base, edited);
        WordDiff.requireAtomsUntouched(base, changes);
        assertThat(changes).singleElement().satisfies(c -> assertThat(text(c.replacement())).isEqualTo("和目的"));

        List<Change> dropped = WordDiff.changes(base, Tokens.parse("A. 背景。", Tokens.atoms(base)));
        assertThatThrownBy(() -> WordDiff.requireAtomsUntouched(base, dropped)).hasMessageContaining("marker");
        assertThatThrownBy(() -> Tokens.parse("A. ⟦2⟧", Tokens.atoms(base))).hasMessageContaining("⟦2⟧");
    }

    @Test
    void proposals_are_built_in_place_with_the_deleted_words_as_target() {
        List<Inline> content = List.of(new Text("评价产权组织驻外办事处网络的规模"));
        List<Token> base = Tokens.of(content);
        List<Change> changes = WordDiff.changes(base, Tokens.split("评价产权组织每个驻外办事处的规模"));
        var doc = TestDocuments.threeParagraphs(content);
        List<String> ids = new ArrayList<>();
        var out = Proposing.proposeChanges(doc, "par1", base, changes, Actors.of("RU"), ids::add);
        List<Proposal> proposals = Walk.proposals(out);
        assertThat(proposals).extracting(Proposal::kind).containsExactly(ProposalKind.INSERT, ProposalKind.DELETE);
        assertThat(Walk.plainText(proposals.get(1).target())).isEqualTo("网络");
        assertThat(ids).hasSize(2);
        assertThat(Walk.plainText(DocumentEdits.content(out, "par1"))).isEqualTo("评价产权组织每个驻外办事处网络的规模");
    }
}
