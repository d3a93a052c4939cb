package org.draftroom.documents.ui;

import java.util.Locale;

/** A language tag as a name in the reader's language: "zh" is 中文 to a Chinese reader, Chinese to others. */
final class LanguageNames {
    private LanguageNames() {
    }

    static String of(String tag, Locale reader) {
        if (tag == null || tag.isBlank()) return "";
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(reader == null ? Locale.ENGLISH : reader);
        return name.isBlank() ? tag : name;
    }
}
