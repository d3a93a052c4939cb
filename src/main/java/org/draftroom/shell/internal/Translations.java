package org.draftroom.shell.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * UI text for every module in the six official UN languages. Each module ships {@code i18n/<bundle>.properties}
 * (English) and {@code i18n/<bundle>_ar|_es|_fr|_ru|_zh.properties}; they are merged here, so modules never edit
 * a shared file. Files are read as UTF-8. A missing key shows as {@code !key!} so gaps are visible, and a test
 * checks that every language has the same keys. Vaadin matches the browser's Accept-Language against
 * {@link #LOCALES} (by language) for a new session.
 */
@Component
public class Translations implements I18NProvider {
    /** English first: Vaadin takes the first when the browser asks for none of them. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.of("ar"), Locale.CHINESE,
            Locale.FRENCH, Locale.of("ru"), Locale.of("es"));
    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public Translations() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource file : files) {
            String name = file.getFilename();
            String language = name != null && name.matches(".*_[a-z]{2}\\.properties") ? name.substring(name.length() - 13, name.length() - 11) : "en";
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> target = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
            properties.forEach((k, v) -> target.put((String) k, (String) v));
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = locale == null ? "en" : locale.getLanguage();
        String value = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (value == null) value = byLanguage.getOrDefault("en", Map.of()).get(key);
        if (value == null) return "!" + key + "!";
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    /** Keys per language, for the completeness test. */
    public Map<String, java.util.Set<String>> keys() {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        byLanguage.forEach((lang, map) -> out.put(lang, map.keySet()));
        return out;
    }
}
