package org.draftroom.negotiation;

import java.util.Locale;

/**
 * A delegation's position on a proposal or a chair's text.
 *
 * @param text       optional wording ("持保留意见", a comment's text)
 * @param agreesWith when the position points at another delegation's ("印度：同意阿尔及利亚"), that
 *                   delegation's id; else null
 * @param notation   optional presentation hint of the house notation, else null
 */
public record Position(String id, Stance stance, Actors actors, String text, String agreesWith, Notation notation) {

    /** Without a presentation hint. */
    public Position(String id, Stance stance, Actors actors, String text, String agreesWith) {
        this(id, stance, actors, text, agreesWith, null);
    }

    public enum Stance {
        SUPPORT, OPPOSE, RESERVE, COMMENT;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
