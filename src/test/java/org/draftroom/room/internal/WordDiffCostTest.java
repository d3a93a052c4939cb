package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

/**
 * The diff's cost stays bounded whatever a delegate submits (issue 12, finding 3: one 1 MB wording kept a core
 * busy for 8 min 45 s), and whatever path it takes, applying its changes gives exactly the submitted wording.
 */
class WordDiffCostTest {
    /** Plain Myers needed minutes for these inputs; the bounded diff needs well under a second on a quiet core. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static String applied(List<Token> base, List<Change> changes) {
        return Tokens.plain(Tokens.of(WordDiff.apply(base, changes, Change::replacement)));
    }

    /** CJK text with no repeats over a long stretch: every character is a token, few of them match by chance. */
    private static String chinese(int length, int seed) {
        StringBuilder out = new StringBuilder(length);
        long x = seed;
        for (int i = 0; i < length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            out.append((char) (0x4E00 + (int) ((x >>> 33) % 3000)));
        }
        return out.toString();
    }

    @Test
    void a_megabyte_wording_that_replaces_everything_is_diffed_quickly_into_one_replacement() {
        List<Token> base = Tokens.split(chinese(1_000_000, 1));
        String submitted = chinese(1_000_000, 2);
        List<Token> edited = Tokens.split(submitted);
        List<Change> changes = assertTimeoutPreemptively(BOUND, () -> WordDiff.changes(base, edited));
        assertThat(changes).hasSizeLessThanOrEqualTo(WordDiff.MAX_EDITS);
        assertThat(applied(base, changes)).isEqualTo(submitted);
    }

    @Test
    void a_megabyte_of_english_words_against_another_is_bounded_and_loses_no_word() {
        List<Token> base = Tokens.split("the network of external offices ".repeat(30_000));
        String submitted = "an evaluation of size and performance ".repeat(30_000);
        List<Token> edited = Tokens.split(submitted);
        List<Change> changes = assertTimeoutPreemptively(BOUND, () -> WordDiff.changes(base, edited));
        assertThat(applied(base, changes)).isEqualTo(submitted);
    }

    @Test
    void a_few_words_changed_in_a_very_long_paragraph_are_still_found_one_by_one() {
        String original = chinese(60_000, 3);
        List<Token> base = Tokens.split(original);
        String submitted = original.substring(0, 100) + "每个" + original.substring(100, 30_000)
                + original.substring(30_004, 59_900) + "效绩" + original.substring(59_902);
        List<Change> changes = assertTimeoutPreemptively(BOUND, () -> WordDiff.changes(base, Tokens.split(submitted)));
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).isInsert()).isTrue();
        assertThat(changes.get(1).isDelete()).isTrue();
        assertThat(Tokens.plain(changes.get(2).replacement())).isEqualTo("效绩");
        assertThat(applied(base, changes)).isEqualTo(submitted);
    }

    @Test
    void a_rewrite_around_existing_proposals_keeps_their_markers_out_of_the_changes() {
        Proposal first = Proposal.inline("p1", ProposalKind.INSERT, Actors.of("PK"), List.of(), List.of(new Text("和宗旨")));
        Proposal second = Proposal.inline("p2", ProposalKind.DELETE, Actors.of("US"), List.of(new Text("网络")), List.of());
        List<Inline> content = List.of(new Text(chinese(200_000, 4)), first, new Text(chinese(200_000, 5)), second,
                new Text("。"));
        List<Token> base = Tokens.of(content);
        String submitted = chinese(200_000, 6) + "⟦1⟧" + chinese(200_000, 7) + "⟦2⟧。";
        List<Token> edited = Tokens.parse(submitted, Tokens.atoms(base));
        List<Change> changes = assertTimeoutPreemptively(BOUND, () -> WordDiff.changes(base, edited));
        WordDiff.requireAtomsUntouched(base, changes);
        assertThat(Tokens.render(tokens(WordDiff.apply(base, changes, Change::replacement)))).isEqualTo(submitted);
    }

    @Test
    void random_edits_of_every_size_reproduce_the_submitted_wording() {
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 300; round++) {
            String original = words(random, random.nextInt(2_000));
            StringBuilder submitted = new StringBuilder(original);
            int edits = random.nextInt(round < 250 ? 8 : 3_000);
            for (int e = 0; e < edits && !submitted.isEmpty(); e++) {
                int at = random.nextInt(submitted.length());
                int len = Math.min(submitted.length() - at, random.nextInt(12));
                submitted.replace(at, at + len, words(random, random.nextInt(4)));
            }
            List<Token> base = Tokens.split(original);
            List<Change> changes = WordDiff.changes(base, Tokens.split(submitted.toString()));
            assertThat(applied(base, changes)).as("round %d", round).isEqualTo(submitted.toString());
        }
    }

    private static String words(java.util.Random random, int count) {
        String[] vocabulary = {"the", "network", "office", "评", "价", "规模", ", ", " ", "size", "of"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 3 == 0 ? " " : "");
        return out.toString();
    }

    private static List<Token> tokens(List<Inline> content) {
        return new ArrayList<>(Tokens.of(content));
    }
}
