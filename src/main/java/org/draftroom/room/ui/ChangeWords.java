package org.draftroom.room.ui;

import java.util.Locale;
import java.util.function.Function;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.room.TimelineEntry;

/**
 * Who made a change, in the room's words: "Pakistan" when its delegate typed it, "Secretariat for Canada" when the
 * secretariat recorded it for Canada, "Algeria on behalf of the African Group" for a group, else the user.
 */
final class ChangeWords {
    private ChangeWords() {
    }

    static String who(TimelineEntry e, DelegationRegistry delegations, Locale locale, Function<String, String> t) {
        Actors actors = e.onBehalf();
        if (actors == null || !actors.attributed()) return byRole(e, delegations, locale);
        String names = names(actors, delegations, locale, t);
        if (!e.recordedForOthers()) return names;
        return t.apply("room.timeline.recorded-for")
                .replace("{0}", delegations.displayName(Actors.SECRETARIAT, locale)).replace("{1}", names);
    }

    /** A change made for nobody in particular (creating the document): the secretariat or chair by that name. */
    private static String byRole(TimelineEntry e, DelegationRegistry delegations, Locale locale) {
        if (e.userRole() == null) return e.user();
        return switch (e.userRole()) {
            case SECRETARIAT -> delegations.displayName(Actors.SECRETARIAT, locale);
            case CHAIR -> delegations.displayName(Actors.CHAIR, locale);
            case DELEGATE, OBSERVER, ADMIN -> e.user();
        };
    }

    /** "Russian Federation, China", "Algeria on behalf of the African Group" (the reading view's words). */
    static String names(Actors actors, DelegationRegistry delegations, Locale locale, Function<String, String> t) {
        String by = String.join(t.apply("documents.names.separator"),
                actors.by().stream().map(id -> delegations.displayName(id, locale)).toList());
        if (actors.onBehalfOf() == null) return by;
        return t.apply("documents.names.onbehalf").replace("{0}", by)
                .replace("{1}", delegations.spokenForName(actors.onBehalfOf(), locale));
    }
}
