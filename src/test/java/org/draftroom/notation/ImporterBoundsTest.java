package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.TextLimits;
import org.draftroom.testkit.SeedTexts;

/**
 * Hostile imports cost little and fail cleanly (issue 12, finding 9): deep nesting is refused with line and
 * column instead of overflowing the stack or the heap, and the patterns that took half a minute are linear.
 */
class ImporterBoundsTest {
    /** Each of these took 6 to 34 s before, or never finished; linear work on them takes milliseconds. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private final NotationImporter importer = new NotationImporter(SeedTexts.REGISTRY);

    @Test
    void a_thousand_nested_brackets_are_refused_with_the_line_and_column_of_the_one_too_deep() {
        String text = "1. 第一段。\n\n2. 评价" + "[".repeat(1_000) + "网络" + "]".repeat(1_000) + "。\n";
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> importer.importText(text, ImportOptions.language("zh"))))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(6 + TextLimits.IMPORT_NESTING);
                    assertThat(e.getMessage()).contains("nested", String.valueOf(TextLimits.IMPORT_NESTING));
                });
    }

    @Test
    void a_hundred_thousand_nested_brackets_are_refused_without_running_out_of_memory() {
        String text = "1. " + "［".repeat(100_000) + "\n";
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> importer.importText(text, ImportOptions.language("zh"))))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void brackets_nested_to_the_limit_still_import() {
        int depth = TextLimits.IMPORT_NESTING;
        String text = "1. 评价" + "[".repeat(depth) + "网络" + "]".repeat(depth) + "。\n";
        ImportResult result = assertTimeoutPreemptively(BOUND, () -> importer.importText(text, ImportOptions.language("zh")));
        assertThat(new Renderer(SeedTexts.REGISTRY).marked(result.document())).contains("网络");
    }

    @Test
    void a_move_sentence_with_thirty_two_thousand_destinations_is_read_in_linear_time() {
        String text = "1. 第一段。\n\n伊朗：建议将" + "移至".repeat(32_000) + "\n";
        ImportResult result = assertTimeoutPreemptively(BOUND, () -> importer.importText(text, ImportOptions.language("zh")));
        assertThat(new Renderer(SeedTexts.REGISTRY).marked(result.document())).contains("移至移至");
    }

    @Test
    void a_label_followed_by_thirty_two_thousand_spaces_is_read_in_linear_time() {
        String text = "1. The evaluation bis" + " ".repeat(32_000) + "x [of the network]\n";
        ImportResult result = assertTimeoutPreemptively(BOUND, () -> importer.importText(text, ImportOptions.language("en")));
        assertThat(result.document().sections().isEmpty() && result.document().preamble().isEmpty()).isFalse();
        String bisLast = "1. The evaluation bis" + " ".repeat(32_000) + "[of the network]\n";
        assertTimeoutPreemptively(BOUND, () -> importer.importText(bisLast, ImportOptions.language("en")));
    }
}
