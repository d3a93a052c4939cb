package org.draftroom.documents.ui;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A language tag as a name in the reader's language. The six UN languages come from the bundle, as the UN's own
 * headers write them ("原文：英文", not the JDK's "英语"; "Original : anglais"); any other tag from the JDK.
 */
final class LanguageNames {
    private static final Set<String> UN = Set.of("ar", "zh", "en", "fr", "ru", "es");

    private LanguageNames() {
    }

    static String of(String tag, Locale reader, Function<String, String> t) {
        if (tag == null || tag.isBlank()) return "";
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (UN.contains(language)) return t.apply("documents.language." + language);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(reader == null ? Locale.ENGLISH : reader);
        return name.isBlank() ? tag : name;
    }
}
