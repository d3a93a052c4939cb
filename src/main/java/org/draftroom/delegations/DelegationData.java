package org.draftroom.delegations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the standard list: the UN's Member and observer States named as the UN names them in its six languages
 * ({@code delegations/un-names.tsv}, short and formal names), the JDK's CLDR names and the seed's short forms as
 * aliases ({@code delegations/aliases.properties}), and the groups of every forum and the bodies
 * ({@code delegations/groups.properties}). Data lives in those files, not in code.
 */
final class DelegationData {
    /** Arabic, Chinese, English, French, Russian, Spanish. */
    static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    /** The order of the name columns in un-names.tsv, each a short then a formal name. */
    private static final List<String> COLUMNS = List.of("en", "fr", "es", "ru", "zh", "ar");
    private static final String STATES = "delegations/un-names.tsv";
    private static final String ALIASES = "delegations/aliases.properties";
    private static final String GROUPS = "delegations/groups.properties";
    /** The article a formal name opens with in a sentence ("the Islamic Republic of Iran", "la République…"). */
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|le|la|les|el|los|las)\\s+|^l'");

    private DelegationData() {
    }

    static List<Delegation> load() {
        List<Delegation> states = states(lines(STATES));
        Properties aliases = read(ALIASES);
        Set<String> codes = new LinkedHashSet<>();
        states.forEach(s -> codes.add(s.id()));
        for (String key : aliases.stringPropertyNames()) {
            if (!codes.contains(key)) throw new IllegalStateException(ALIASES + ": " + key + " is no UN Member or observer State");
        }
        List<Delegation> all = new ArrayList<>();
        for (Delegation s : states) {
            List<String> more = new ArrayList<>(split(aliases.getProperty(s.id())));
            more.addAll(s.aliases());
            more.removeAll(s.names().values()); // the UN's own short names are names, not other names
            all.add(new Delegation(s.id(), s.kind(), s.names(), s.formalNames(), List.copyOf(new LinkedHashSet<>(more)),
                    List.of(), Set.of(), s.alpha3()));
        }
        Properties groups = read(GROUPS);
        for (String id : groups.getProperty("ids", "").trim().split("\\s+")) {
            all.add(group(groups, id, codes));
        }
        return all;
    }

    /** One state a line: codes, status, then a short and a formal name in each of the six languages. */
    static List<Delegation> states(List<String> lines) {
        List<Delegation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 3 + 2 * COLUMNS.size()) {
                throw new IllegalStateException(STATES + ": expected 15 columns, found " + f.length + " in: " + line);
            }
            String code = f[0];
            if (!code.matches("[A-Z]{2}") || !f[1].matches("[A-Z]{3}") || !seen.add(code)) {
                throw new IllegalStateException(STATES + ": bad or repeated codes in: " + line);
            }
            if (!f[2].equals("member") && !f[2].equals("observer")) {
                throw new IllegalStateException(STATES + ": status must be member or observer in: " + line);
            }
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> formal = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String shortName = f[3 + 2 * i].strip();
                String formalName = f[4 + 2 * i].strip();
                if (shortName.isEmpty() || formalName.isEmpty()) {
                    throw new IllegalStateException(STATES + ": " + code + " lacks a " + COLUMNS.get(i) + " name");
                }
                names.put(COLUMNS.get(i), shortName);
                formal.put(COLUMNS.get(i), formalName);
            }
            Set<String> aliases = new LinkedHashSet<>();
            formal.values().forEach(n -> aliases.add(ARTICLE.matcher(n).replaceFirst("")));
            Locale region = Locale.of("", code);
            for (String language : UN_LANGUAGES) aliases.add(region.getDisplayCountry(Locale.of(language)));
            aliases.removeAll(names.values());
            out.add(new Delegation(code, Delegation.Kind.STATE, names, formal, List.copyOf(aliases), List.of(),
                    Set.of(), f[1]));
        }
        return out;
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
        List<String> members = words(p.getProperty(id + ".members"));
        for (String m : members) {
            if (!codes.contains(m)) throw new IllegalStateException(GROUPS + ": " + id + " lists unknown state " + m);
        }
        Delegation.Kind k = Delegation.Kind.valueOf(kind.trim());
        Set<Forum> forums = EnumSet.noneOf(Forum.class);
        words(p.getProperty(id + ".forums")).forEach(f -> forums.add(Forum.of(f)));
        if (k == Delegation.Kind.GROUP && forums.isEmpty()) throw new IllegalStateException(GROUPS + ": no forums for " + id);
        return new Delegation(id, k, names, Map.of(), split(p.getProperty(id + ".aliases")), members, forums, null);
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) return List.of();
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = open(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String resource) {
        InputStream in = DelegationData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        return in;
    }
}
