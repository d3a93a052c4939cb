package org.draftroom.delegations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All delegations and their names. Immutable and thread-safe; {@link #standard()} is the shipped list, also
 * exposed as a Spring bean. When two delegations claim the same spelling, the first registered keeps it
 * (states' UN names, then groups and bodies, then aliases), so "中国" stays the state China.
 * {@link #forForum} narrows the groups to those one forum seats.
 */
public final class DelegationRegistry {
    private static volatile DelegationRegistry standard;

    private final Map<String, Delegation> byId = new LinkedHashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, java.util.Set<String>> claims = new HashMap<>();
    private final NameTrie trie = new NameTrie();
    private final Map<String, String> colours = new HashMap<>();
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<Forum, DelegationRegistry> forums = new EnumMap<>(Forum.class);

    public DelegationRegistry(List<Delegation> delegations) {
        for (Delegation d : delegations) {
            if (byId.putIfAbsent(d.id(), d) != null) throw new IllegalArgumentException("duplicate id " + d.id());
        }
        for (Delegation d : delegations) d.names().values().forEach(n -> register(n, d.id()));
        for (Delegation d : delegations) d.aliases().forEach(n -> register(n, d.id()));
        byId.keySet().forEach(id -> colours.put(id, Colours.of(id)));
        for (Delegation d : delegations) {
            if (d.kind() != Delegation.Kind.STATE) continue;
            byCode.put(d.id(), d.id());
            if (d.alpha3() != null) byCode.put(d.alpha3(), d.id());
        }
    }

    /** The shipped registry: the UN's States with their UN names, aliases, every forum's groups (loaded once). */
    public static DelegationRegistry standard() {
        DelegationRegistry r = standard;
        if (r == null) {
            synchronized (DelegationRegistry.class) {
                if (standard == null) standard = new DelegationRegistry(DelegationData.load());
                r = standard;
            }
        }
        return r;
    }

    private void register(String name, String id) {
        String key = NameTrie.foldAll(name);
        if (key.isEmpty()) return;
        if (byName.putIfAbsent(key, id) == null) {
            trie.add(name.trim(), id, isAbbreviation(name.trim()));
        }
        claims.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(id);
    }

    /**
     * "US", "UK", "USA", "PBC", "G-77", "BASIC", "GRULAC": matched case-sensitively inside texts so the words "us"
     * and "basic" are no delegations.
     */
    private static boolean isAbbreviation(String name) {
        return name.length() <= 6 && name.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                && name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-');
    }

    /**
     * The same delegations with only the groups {@code forum} seats: a WIPO committee knows Group B and not the
     * G77, a UN body the reverse. States and bodies stay. Null: every forum's groups.
     */
    public DelegationRegistry forForum(Forum forum) {
        if (forum == null) return this;
        synchronized (forums) {
            return forums.computeIfAbsent(forum, f -> new DelegationRegistry(
                    byId.values().stream().filter(d -> d.seatedIn(f)).toList()));
        }
    }

    /** A state by its ISO 3166-1 code as texts write it, alpha-2 or alpha-3 ("US", "USA"), upper case only. */
    public Optional<Delegation> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code)).map(byId::get);
    }

    public Optional<Delegation> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** A delegation by any of its names or aliases, in any of the six languages; trimmed, case-insensitive. */
    public Optional<Delegation> resolve(String name) {
        if (name == null) return Optional.empty();
        return Optional.ofNullable(byName.get(NameTrie.foldAll(name))).map(byId::get);
    }

    /** The longest delegation name starting exactly at {@code offset} of {@code text}, if any. */
    public Optional<NameMatch> longestMatchAt(CharSequence text, int offset) {
        Object[] hit = trie.longestAt(text, offset);
        if (hit == null) return Optional.empty();
        return Optional.of(new NameMatch(byId.get((String) hit[0]), offset, (int) hit[1]));
    }

    public List<Delegation> states() {
        return ofKind(Delegation.Kind.STATE);
    }

    public List<Delegation> groups() {
        return ofKind(Delegation.Kind.GROUP);
    }

    /** The groups a forum seats, in registry order. */
    public List<Delegation> groups(Forum forum) {
        return groups().stream().filter(g -> g.seatedIn(forum)).toList();
    }

    public List<Delegation> all() {
        return List.copyOf(byId.values());
    }

    /** Member state ids of a group; empty for anything that is not a group (or unknown). */
    public List<String> membersOf(String groupId) {
        return byId(groupId).map(Delegation::members).orElse(List.of());
    }

    /** The groups a state belongs to, in registry order. */
    public List<Delegation> groupsOf(String stateId) {
        List<Delegation> out = new ArrayList<>();
        for (Delegation g : groups()) if (g.members().contains(stateId)) out.add(g);
        return Collections.unmodifiableList(out);
    }

    /** The name to show: in the locale's language when known (JDK data for any language), else English, else the id. */
    public String displayName(String id, Locale locale) {
        Delegation d = byId.get(id);
        if (d == null) return id;
        String language = locale == null ? "en" : locale.getLanguage();
        if (d.names().containsKey(language)) return d.names().get(language);
        if (d.kind() == Delegation.Kind.STATE && locale != null) {
            String jdk = Locale.of("", id).getDisplayCountry(locale);
            if (!jdk.isBlank() && !jdk.equals(id)) return jdk;
        }
        return d.name("en");
    }

    /** The UN's formal name of a state in the locale's language ("the Islamic Republic of Iran"), else its name. */
    public String formalName(String id, Locale locale) {
        Delegation d = byId.get(id);
        String language = locale == null ? "en" : locale.getLanguage();
        if (d != null && d.formalNames().containsKey(language)) return d.formalNames().get(language);
        return displayName(id, locale);
    }

    /**
     * The name after "on behalf of": English names a group with the article ("the African Group", "the Group of
     * Latin American and Caribbean Countries") but not a letter group or a state ("Group B", "China").
     */
    public String spokenForName(String id, Locale locale) {
        return withArticle(displayName(id, locale));
    }

    /** {@link #spokenForName} for a name already looked up (English group names only; others stay as they are). */
    public static String withArticle(String name) {
        return name.endsWith(" Group") || name.startsWith("Group of ") ? "the " + name : name;
    }

    /** A stable CSS colour for the delegation, readable as text on white (WCAG AA). */
    public String colour(String id) {
        String c = colours.get(id);
        return c != null ? c : Colours.of(id == null ? "" : id);
    }

    /** Spellings claimed by more than one delegation (the first kept them); for checks and diagnostics. */
    public List<String> ambiguousNames() {
        return claims.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
    }

    private List<Delegation> ofKind(Delegation.Kind kind) {
        return byId.values().stream().filter(d -> d.kind() == kind).toList();
    }
}
