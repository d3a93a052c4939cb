package org.draftroom.exports.internal.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Run;

/**
 * The compare's cost stays bounded like the room's word diff (issue 12): plain Myers over two 1 MB versions of a
 * paragraph grows with the square of the text and ran for minutes. Whatever path the diff takes, the old text is
 * the plain and deleted runs and the new one the plain and inserted runs, so the change is still shown.
 */
class TextDiffCostTest {
    private static final Author V2 = new Author("V", "WO/PBC/36/12", List.of());
    /** The bounded diff needs well under a second on a quiet core; the bound allows a shared machine. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static String chinese(int length, int seed) {
        StringBuilder out = new StringBuilder(length);
        long x = seed;
        for (int i = 0; i < length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            out.append((char) (0x4E00 + (int) ((x >>> 33) % 3000)));
        }
        return out.toString();
    }

    /** The text on one side of the track changes: plain runs and the runs of one kind of change. */
    private static String side(List<Run> runs, Run.Type kept) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            switch (r) {
                case Run.Plain p -> out.append(p.text());
                case Run.Change c -> {
                    if (c.type() == kept) out.append(Run.text(c.runs()));
                }
                case Run.Styled s -> out.append(s.text());
                case Run.Opinion o -> throw new AssertionError("a text diff gives no opinions: " + o);
            }
        }
        return out.toString();
    }

    private static List<Run.Change> changes(List<Run> runs) {
        return runs.stream().filter(r -> r instanceof Run.Change).map(r -> (Run.Change) r).toList();
    }

    @Test
    void two_megabyte_paragraphs_that_share_nothing_compare_quickly_as_one_deletion_and_one_insertion() {
        String before = chinese(1_000_000, 1);
        String after = chinese(1_000_000, 2);
        List<Run> runs = assertTimeoutPreemptively(BOUND, () -> TextDiff.diff(before, after, V2));
        assertThat(side(runs, Run.Type.DELETE)).isEqualTo(before);
        assertThat(side(runs, Run.Type.INSERT)).isEqualTo(after);
        assertThat(changes(runs)).isNotEmpty().hasSizeLessThanOrEqualTo(2 * 1_000);
    }

    @Test
    void ten_words_changed_across_a_megabyte_paragraph_are_each_shown_where_they_were_changed() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 1_000_000; i++) words.append("office").append(i).append(' ');
        String before = words.toString();
        StringBuilder edited = new StringBuilder(before);
        for (int k = 9; k >= 0; k--) {
            String word = "office" + (k * 7_000 + 7) + " ";
            int at = edited.indexOf(word);
            edited.replace(at, at + word.length(), "network" + k + " ");
        }
        String after = edited.toString();
        List<Run> runs = assertTimeoutPreemptively(BOUND, () -> TextDiff.diff(before, after, V2));
        List<Run.Change> changes = changes(runs);
        assertThat(changes).hasSize(20);
        assertThat(Run.text(changes.get(1).runs())).isEqualTo("network0 ");
        assertThat(Run.text(changes.get(18).runs())).isEqualTo("office63007 ");
        assertThat(side(runs, Run.Type.DELETE)).isEqualTo(before);
        assertThat(side(runs, Run.Type.INSERT)).isEqualTo(after);
    }
}
