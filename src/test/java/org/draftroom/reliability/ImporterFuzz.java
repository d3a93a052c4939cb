package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportException;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportResult;
import org.draftroom.notation.NotationImporter;

/**
 * What the importer is fuzzed with and what must hold, shared by {@link ImporterFuzzTest} (every {@code mvn test})
 * and {@code ImporterFuzzBenchmark} (many more inputs, bench profile). Inputs are biased towards what breaks
 * parsers of negotiation texts: brackets of both widths (often unbalanced), attribution separators, quotes,
 * delegation names, numbering, line breaks and control characters. Each input imports whole or fails with a
 * positioned ImportException; nothing else.
 */
public final class ImporterFuzz {
    /** Inputs per property in every test run (two properties: 10,000 in all). */
    public static final int TRIES_PER_PROPERTY = 5_000;

    private static final NotationImporter IMPORTER = new NotationImporter(DelegationRegistry.standard());
    private static final String[] PIECES = {"[", "]", "［", "］", "（", "）", "(", ")", "{", "}", "“", "”", "\"", "——",
            " – ", "：", ":", "；", ";", "、", "/", "巴基斯坦", "俄罗斯联邦", "美国", "阿尔及利亚代表非洲集团", "US", "G77",
            "CL/NZ", "删除", "不同意", "支持", "delete", "oppose", "propose", "主席的替代案文", "Option 1:", "Alt. 2",
            "bis", "1. ", "A. ", "• ", "(a) ", "PBC同意", "批注 [作者1]: ", "\n", "\n\n", " ", "评价", "text", "\u0000",
            "\u202E", "\u200B", "\uFFFD", "é", "😀"};

    private ImporterFuzz() {
    }

    /** Up to 60 pieces of negotiation notation in any order. */
    public static Arbitrary<String> negotiationLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
    }

    /** Any string at all (what jqwik generates for a plain {@code String} parameter). */
    public static Arbitrary<String> anyString() {
        return Arbitraries.strings();
    }

    /** Each fuzzed property by name with its inputs; the check is {@link #check} for all of them. */
    public static Map<String, Arbitrary<String>> properties() {
        Map<String, Arbitrary<String>> out = new LinkedHashMap<>();
        out.put("notation-like", negotiationLike());
        out.put("arbitrary", anyString());
        return out;
    }

    /** The property: the text imports whole, or fails with an ImportException that says where. */
    public static void check(String text) {
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
