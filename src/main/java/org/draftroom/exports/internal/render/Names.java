package org.draftroom.exports.internal.render;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;

/** Names of delegations in the document's language, as the delegation registry gives them. */
public record Names(BiFunction<String, Locale, String> lookup) {

    /** Names as the delegation registry gives them (JDK country names plus the registry's own). */
    public static Names of(DelegationRegistry registry) {
        return new Names(registry::displayName);
    }

    /** The name, isolated (U+2068 … U+2069) when it holds right-to-left or bidi control characters. */
    public String name(String id, String language) {
        return isolated(lookup.apply(id, Locale.forLanguageTag(language)));
    }

    /**
     * Plain text has no {@code <bdi>}: a name that could reorder what follows it (an Arabic or Hebrew letter, an
     * embedding, override or isolate control) goes between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which
     * also closes any override left open inside it. Names without such characters are left as they are, so the
     * usual Latin and Chinese attributions are byte for byte what they were.
     */
    static String isolated(String name) {
        if (name == null) return null;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                    || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE) {
                return "\u2068" + name + "\u2069";
            }
            i += Character.charCount(c);
        }
        return name;
    }

    /** "巴基斯坦、伊朗" or "阿尔及利亚代表非洲集团", as printed in attributions. */
    public String actors(Actors actors, Labels labels) {
        String by = String.join(labels.listSeparator(),
                actors.by().stream().map(id -> name(id, labels.language())).toList());
        if (actors.onBehalfOf() == null) return by;
        // "on behalf of the African Group", as the room says it (English group names take the article)
        String group = lookup.apply(actors.onBehalfOf(), Locale.forLanguageTag(labels.language()));
        return labels.onBehalfOf(by, isolated(group == null ? null : DelegationRegistry.withArticle(group)));
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
