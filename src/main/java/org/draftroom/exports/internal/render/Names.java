package org.draftroom.exports.internal.render;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.draftroom.negotiation.Actors;

/** Names of delegations in the document's language, as the delegation registry gives them. */
public record Names(BiFunction<String, Locale, String> lookup) {

    /** Names as the delegation registry gives them (JDK country names plus the registry's own). */
    public static Names of(org.draftroom.delegations.DelegationRegistry registry) {
        return new Names(registry::displayName);
    }

    public String name(String id, String language) {
        return lookup.apply(id, Locale.forLanguageTag(language));
    }

    /** "巴基斯坦、伊朗" or "阿尔及利亚代表非洲集团", as printed in attributions. */
    public String actors(Actors actors, Labels labels) {
        String by = String.join(labels.listSeparator(),
                actors.by().stream().map(id -> name(id, labels.language())).toList());
        if (actors.onBehalfOf() == null) return by;
        return labels.onBehalfOf(by, name(actors.onBehalfOf(), labels.language()));
    }

    public Author author(Actors actors, Labels labels) {
        String id = actors.onBehalfOf() != null ? actors.onBehalfOf()
                : actors.by().isEmpty() ? "UNATTRIBUTED" : actors.by().getFirst();
        String name = actors.attributed() ? actors(actors, labels) : (labels.chinese() ? "未署名" : "Unattributed");
        List<String> ids = new java.util.ArrayList<>(actors.by());
        if (actors.onBehalfOf() != null) ids.add(actors.onBehalfOf());
        return new Author(id, name, ids);
    }
}
