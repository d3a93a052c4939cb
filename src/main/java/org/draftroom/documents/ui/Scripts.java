package org.draftroom.documents.ui;

import java.util.Locale;
import java.util.Set;

/** Which languages are written right to left: Arabic among the UN's six, and the others a delegation might import. */
final class Scripts {
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    private Scripts() {
    }

    static boolean rightToLeft(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return false;
        Locale locale = Locale.forLanguageTag(languageTag);
        // a script subtag wins over the language's usual one: az-Arab is right to left, ar-Latn is not
        if (!locale.getScript().isEmpty()) return Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm").contains(locale.getScript());
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }
}
