package org.draftroom.exports.internal.render;

import java.util.List;

/**
 * Who made a change: the acting delegation's id (the group spoken for, else the first speaker), its name
 * as printed in the document's language, and every delegation involved (speakers and group).
 */
public record Author(String id, String name, List<String> ids) {
    public static final Author COMPARISON = new Author("COMPARISON", "Draftroom", List.of());

    public Author {
        ids = List.copyOf(ids);
    }

    /** The group spoken for ("the African Group" when Ghana speaks on its behalf), else null. */
    public String group() {
        return ids.size() > 1 && ids.getLast().equals(id) && !ids.getFirst().equals(id) ? id : null;
    }

    /** The delegations that speak: all ids but the group. */
    public List<String> speakers() {
        return group() == null ? ids : ids.subList(0, ids.size() - 1);
    }
}
