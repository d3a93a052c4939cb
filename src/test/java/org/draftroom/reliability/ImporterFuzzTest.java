package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportException;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportResult;
import org.draftroom.notation.NotationImporter;

/**
 * 10,000 generated inputs per run, biased towards what breaks parsers of negotiation texts: brackets of both
 * widths (often unbalanced), attribution separators, quotes, delegation names, numbering, line breaks and
 * control characters. Each input imports whole or fails with a positioned ImportException; nothing else.
 */
class ImporterFuzzTest {
    private static final NotationImporter IMPORTER = new NotationImporter(DelegationRegistry.standard());
    private static final String[] PIECES = {"[", "]", "［", "］", "（", "）", "(", ")", "{", "}", "“", "”", "\"", "——",
            " – ", "：", ":", "；", ";", "、", "/", "巴基斯坦", "俄罗斯联邦", "美国", "阿尔及利亚代表非洲集团", "US", "G77",
            "CL/NZ", "删除", "不同意", "支持", "delete", "oppose", "propose", "主席的替代案文", "Option 1:", "Alt. 2",
            "bis", "1. ", "A. ", "• ", "(a) ", "PBC同意", "批注 [作者1]: ", "\n", "\n\n", " ", "评价", "text", "\u0000",
            "\u202E", "\u200B", "\uFFFD", "é", "😀"};

    @Provide
    Arbitrary<String> negotiationLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 5_000)
    void notation_like_input_imports_whole_or_fails_with_a_position(@ForAll("negotiationLike") String text) {
        check(text);
    }

    @Property(tries = 5_000)
    void arbitrary_strings_import_whole_or_fail_with_a_position(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        try {
            ImportResult result = IMPORTER.importText(text, new ImportOptions("zh", "FUZZ/1", "fuzz"));
            assertThat(result.document()).isNotNull();
            Walk.proposals(result.document()); // the model is complete enough to traverse
            result.warnings().forEach(w -> assertThat(w.line()).isPositive());
        } catch (ImportException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
