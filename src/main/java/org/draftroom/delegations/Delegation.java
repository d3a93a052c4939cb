package org.draftroom.delegations;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A party that can propose or take a position.
 *
 * @param id      ISO 3166-1 alpha-2 for states ({@code PK}); upper-case ids for groups ({@code AFRICAN_GROUP})
 *                and for {@code CHAIR}, {@code SECRETARIAT}, {@code COMMITTEE}
 * @param names       language ({@code ar zh en fr ru es}) → name (for states the UN's short name); groups may
 *                    lack some languages
 * @param formalNames language → the UN's formal name ("the Islamic Republic of Iran"); empty for groups and bodies
 * @param aliases     further spellings that resolve to this delegation (formal and CLDR forms, short forms)
 * @param members     for a group, the ids of its member states; empty otherwise
 * @param forums      for a group, the forums that seat it; empty for states and bodies, which speak in every forum
 * @param alpha3      ISO 3166-1 alpha-3 code of a state ({@code PAK}); null otherwise
 */
public record Delegation(String id, Kind kind, Map<String, String> names, Map<String, String> formalNames,
                         List<String> aliases, List<String> members, Set<Forum> forums, String alpha3) {

    public enum Kind { STATE, GROUP, CHAIR, SECRETARIAT, COMMITTEE }

    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        names = Map.copyOf(names);
        formalNames = Map.copyOf(formalNames);
        forums = Set.copyOf(forums);
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    /** The name in the given language, falling back to English, then to the id. */
    public String name(String language) {
        String name = names.get(language);
        if (name == null) name = names.get("en");
        return name == null ? id : name;
    }

    /** A delegation with only short names and aliases: a body, or a group. */
    public Delegation(String id, Kind kind, Map<String, String> names, List<String> aliases, List<String> members) {
        this(id, kind, names, Map.of(), aliases, members, Set.of(), null);
    }

    /** Whether it speaks in the forum: states and bodies everywhere, groups where they are seated. */
    public boolean seatedIn(Forum forum) {
        return forum == null || forums.isEmpty() || forums.contains(forum);
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }
}
