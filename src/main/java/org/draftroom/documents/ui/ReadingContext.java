package org.draftroom.documents.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;

/**
 * What every part of a reading view needs: the document with its computed numbering, delegation names in the
 * reader's language and the UI translations.
 */
public record ReadingContext(NegotiationDocument document, Numbering numbering, DelegationRegistry delegations,
                             Locale locale, Function<String, String> translations) {

    public static ReadingContext of(NegotiationDocument document, DelegationRegistry delegations, Locale locale,
                                    Function<String, String> translations) {
        return new ReadingContext(document, Numbering.of(document), delegations, locale, translations);
    }

    public String t(String key) {
        return translations.apply(key);
    }

    /** "Pakistan", "Algeria on behalf of the African Group", "Russian Federation, China"; empty if unattributed. */
    public String names(Actors actors) {
        if (actors == null || !actors.attributed()) return "";
        String by = String.join(t("documents.names.separator"), names(actors.by()));
        if (actors.onBehalfOf() == null) return by;
        return t("documents.names.onbehalf").replace("{0}", by).replace("{1}", delegations.spokenForName(actors.onBehalfOf(), locale));
    }

    public List<String> names(List<String> ids) {
        return ids.stream().map(this::name).toList();
    }

    public String name(String id) {
        return delegations.displayName(id, locale);
    }

    /** A stable colour for the first actor, so each delegation reads in its own colour. */
    public String colour(Actors actors) {
        if (actors == null || !actors.attributed()) return null;
        return delegations.colour(actors.onBehalfOf() != null ? actors.onBehalfOf() : actors.by().getFirst());
    }
}
