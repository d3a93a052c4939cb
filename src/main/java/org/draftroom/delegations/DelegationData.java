package org.draftroom.delegations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the standard list: every ISO 3166 region the JDK knows, named in the six UN languages by the JDK's
 * own locale data, plus aliases ({@code delegations/aliases.properties}) and the groups and bodies
 * ({@code delegations/groups.properties}). Data lives in those files, not in code.
 */
final class DelegationData {
    /** Arabic, Chinese, English, French, Russian, Spanish. */
    static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final String ALIASES = "delegations/aliases.properties";
    private static final String GROUPS = "delegations/groups.properties";

    private DelegationData() {
    }

    static List<Delegation> load() {
        Properties aliases = read(ALIASES);
        Properties groups = read(GROUPS);
        Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        for (String key : aliases.stringPropertyNames()) {
            if (!codes.contains(key)) throw new IllegalStateException(ALIASES + ": unknown ISO code " + key);
        }
        List<Delegation> all = new ArrayList<>();
        for (String code : codes) {
            Map<String, String> names = new LinkedHashMap<>();
            Locale region = Locale.of("", code);
            for (String language : UN_LANGUAGES) names.put(language, region.getDisplayCountry(Locale.of(language)));
            all.add(new Delegation(code, Delegation.Kind.STATE, names, split(aliases.getProperty(code)), List.of()));
        }
        for (String id : groups.getProperty("ids", "").trim().split("\\s+")) {
            all.add(group(groups, id, codes));
        }
        return all;
    }

    private static Delegation group(Properties p, String id, Set<String> codes) {
        String kind = p.getProperty(id + ".kind");
        if (kind == null) throw new IllegalStateException(GROUPS + ": no " + id + ".kind");
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : UN_LANGUAGES) {
            String name = p.getProperty(id + ".name." + language);
            if (name != null && !name.isBlank()) names.put(language, name.trim());
        }
        if (!names.containsKey("en")) throw new IllegalStateException(GROUPS + ": no English name for " + id);
        String memberList = p.getProperty(id + ".members", "").trim();
        List<String> members = memberList.isEmpty() ? List.of() : List.of(memberList.split("\\s+"));
        for (String m : members) {
            if (!codes.contains(m)) throw new IllegalStateException(GROUPS + ": " + id + " lists unknown ISO code " + m);
        }
        return new Delegation(id, Delegation.Kind.valueOf(kind.trim()), names, split(p.getProperty(id + ".aliases")), members);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) return List.of();
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DelegationData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
