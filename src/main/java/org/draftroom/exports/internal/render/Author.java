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
}
