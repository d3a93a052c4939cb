package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.draftroom.delegations.DelegationRegistry;
import org.junit.jupiter.api.Test;

class ImportErrorsTest {
    final NotationImporter importer = new NotationImporter(DelegationRegistry.standard());

    @Test
    void empty_and_blank_input_is_refused_at_line_1_column_1() {
        assertThatThrownBy(() -> importer.importText("", null)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(1));
        assertThatThrownBy(() -> importer.importText(" \n\u3000\n ", null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void binary_content_is_refused_where_it_starts() {
        assertThatThrownBy(() -> importer.importText("1. 第一段\n二\u0000三", null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("binary");
                });
    }

    @Test
    void invalid_utf8_is_refused_with_the_position_of_the_bad_byte() {
        byte[] good = "1. 评价\n2. 报告".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE8; // a cut three-byte sequence
        assertThatThrownBy(() -> importer.importBytes(bytes, null)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(6);
            assertThat(e.getMessage()).contains("UTF-8");
        });
    }

    @Test
    void chinese_read_in_the_wrong_encoding_is_refused() {
        String mojibake = new String("1. 评价将由外部评价小组进行。".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.importText(mojibake, null)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).contains("wrong encoding"));
        assertThatThrownBy(() -> importer.importText("1. 评价\uFFFD报告", null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("1:6");
    }

    @Test
    void oversized_input_is_refused_without_reading_it() {
        String big = "a".repeat(4_000_001);
        assertThatThrownBy(() -> importer.importText(big, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void unbalanced_brackets_import_with_a_warning_at_their_line_and_column() {
        ImportResult result = importer.importText("1. 评价[将由外部\n2. 小组]进行。(见上", null);
        assertThat(result.warnings()).extracting(ImportWarning::toString)
                .containsExactly("1:6: unbalanced '[': not closed", "2:6: unbalanced ']': no opening bracket before it",
                        "2:10: unbalanced '(': not closed");
        assertThat(new Renderer(DelegationRegistry.standard()).marked(result.document())).contains("评价[将由外部",
                "小组]进行。(见上");
    }

    @Test
    void not_a_docx_file_is_refused() {
        assertThatThrownBy(() -> importer.importDocx(new java.io.ByteArrayInputStream("plain".getBytes()), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("DOCX");
    }
}
