package org.draftroom.delegations;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A party that can propose or take a position.
 *
 * @param id      ISO 3166-1 alpha-2 for states ({@code PK}); upper-case ids for groups ({@code AFRICAN_GROUP})
 *                and for {@code CHAIR}, {@code SECRETARIAT}, {@code COMMITTEE}
 * @param names   language ({@code ar zh en fr ru es}) → name; groups may lack some languages
 * @param aliases further spellings that resolve to this delegation (official UN forms, short forms)
 * @param members for a group, the ids of its member states; empty otherwise
 */
public record Delegation(String id, Kind kind, Map<String, String> names, List<String> aliases, List<String> members) {

    public enum Kind { STATE, GROUP, CHAIR, SECRETARIAT, COMMITTEE }

    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    /** The name in the given language, falling back to English, then to the id. */
    public String name(String language) {
        String name = names.get(language);
        if (name == null) name = names.get("en");
        return name == null ? id : name;
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }
}
