package org.draftroom.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TranslationsTest {
    static final Set<String> SIX = Set.of("ar", "en", "es", "fr", "ru", "zh");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    final Translations translations = new Translations();

    TranslationsTest() throws Exception {
    }

    @Test
    void every_key_exists_in_each_of_the_six_languages() {
        Map<String, Set<String>> keys = translations.keys();
        Set<String> english = keys.get("en");
        assertThat(english).hasSizeGreaterThan(400);
        assertThat(keys.keySet()).as("the six UN languages, no other").containsExactlyInAnyOrderElementsOf(SIX);
        for (String language : SIX) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys.get(language));
            Set<String> extra = new TreeSet<>(keys.get(language));
            extra.removeAll(english);
            assertThat(missing).as("keys without a text in " + language).isEmpty();
            assertThat(extra).as("keys in " + language + " that English lacks").isEmpty();
        }
        assertThat(Translations.LOCALES).extracting(Locale::getLanguage).containsExactlyInAnyOrderElementsOf(SIX);
        assertThat(Translations.LOCALES.getFirst()).as("Vaadin's fallback for a browser asking for none").isEqualTo(Locale.ENGLISH);
    }

    /**
     * A text left in English in another language is a text nobody translated. The exceptions are names, codes
     * and words that the language spells as English does; each is listed with the languages it may equal in.
     */
    @Test
    void no_text_in_another_language_equals_its_english_text_except_names_and_codes() {
        List<String> untranslated = new ArrayList<>();
        for (String language : SIX) {
            if (language.equals("en")) continue;
            for (String key : translations.keys().get("en")) {
                String english = translations.getTranslation(key, Locale.ENGLISH);
                if (!english.equals(translations.getTranslation(key, Locale.of(language)))) continue;
                if (!AllowedSameAsEnglish.allows(key, language)) untranslated.add(language + ": " + key + "=" + english);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void the_allow_list_names_only_texts_that_do_read_as_in_english() {
        List<String> needless = new ArrayList<>();
        AllowedSameAsEnglish.KEYS.forEach((key, languages) -> languages.forEach(language -> {
            if (!translations.getTranslation(key, Locale.ENGLISH).equals(translations.getTranslation(key, Locale.of(language)))) {
                needless.add(language + ": " + key);
            }
        }));
        assertThat(needless).isEmpty();
    }

    /** An unpaired ASCII apostrophe makes MessageFormat swallow what follows it, the placeholder included. */
    @Test
    void every_translation_keeps_the_placeholders_of_its_english_text() {
        List<String> broken = new ArrayList<>();
        for (String key : translations.keys().get("en")) {
            Set<String> wanted = placeholders(translations.getTranslation(key, Locale.ENGLISH));
            if (wanted.isEmpty()) continue;
            String englishText = translations.getTranslation(key, Locale.ENGLISH);
            int max = wanted.stream().mapToInt(Integer::parseInt).max().orElseThrow();
            Object[] args = new Object[max + 1];
            String[] shown = new String[max + 1];
            for (int i = 0; i <= max; i++) {
                // a typed placeholder ({0,number,…}, {0,choice,…}) takes a number: 101, 102, … show as themselves
                boolean typed = englishText.contains("{" + i + ",");
                args[i] = typed ? (Object) (101 + i) : "⟨" + i + "⟩";
                shown[i] = typed ? String.valueOf(101 + i) : "⟨" + i + "⟩";
            }
            for (String language : SIX) {
                String text = translations.getTranslation(key, Locale.of(language));
                if (!placeholders(text).equals(wanted)) {
                    broken.add(language + ": " + key + " has " + placeholders(text) + ", English " + wanted);
                    continue;
                }
                String formatted = new MessageFormat(text, Locale.of(language)).format(args);
                for (String w : wanted) {
                    if (!formatted.contains(shown[Integer.parseInt(w)])) broken.add(language + ": " + key + " loses {" + w + "}: " + formatted);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void files_are_read_as_utf8_and_missing_keys_are_visible() {
        assertThat(translations.getTranslation("shell.logout", Locale.CHINESE)).isEqualTo("退出");
        assertThat(translations.getTranslation("shell.logout", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("shell.logout", Locale.of("ar"))).isEqualTo("تسجيل الخروج");
        assertThat(translations.getTranslation("shell.logout", Locale.of("ru"))).isEqualTo("Выйти");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void a_document_in_english_is_original_english_in_the_uns_own_words() {
        assertThat(translations.getTranslation("documents.header.original", Locale.CHINESE)
                + translations.getTranslation("documents.language.en", Locale.CHINESE)).isEqualTo("原文：英文");
        assertThat(translations.getTranslation("documents.header.original", Locale.FRENCH)
                + translations.getTranslation("documents.language.en", Locale.FRENCH)).isEqualTo("Original : anglais");
        assertThat(translations.getTranslation("documents.header.original", Locale.of("ru"))
                + translations.getTranslation("documents.language.en", Locale.of("ru"))).isEqualTo("Оригинал: английский");
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
