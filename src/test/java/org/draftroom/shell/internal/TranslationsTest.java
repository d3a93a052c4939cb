package org.draftroom.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TranslationsTest {
    final Translations translations = new Translations();

    TranslationsTest() throws Exception {
    }

    @Test
    void every_key_exists_in_english_and_in_chinese() {
        Map<String, Set<String>> keys = translations.keys();
        Set<String> english = keys.get("en");
        Set<String> chinese = keys.get("zh");
        assertThat(english).isNotEmpty();
        Set<String> missingInChinese = new TreeSet<>(english);
        missingInChinese.removeAll(chinese);
        Set<String> missingInEnglish = new TreeSet<>(chinese);
        missingInEnglish.removeAll(english);
        assertThat(missingInChinese).as("keys without a Chinese text").isEmpty();
        assertThat(missingInEnglish).as("keys without an English text").isEmpty();
        assertThat(keys.keySet()).as("only English and Chinese files").containsExactlyInAnyOrder("en", "zh");
    }

    @Test
    void chinese_files_are_read_as_utf8_and_missing_keys_are_visible() {
        assertThat(translations.getTranslation("shell.logout", Locale.CHINESE)).isEqualTo("退出");
        assertThat(translations.getTranslation("shell.logout", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
