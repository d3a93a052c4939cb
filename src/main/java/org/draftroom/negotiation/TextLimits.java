package org.draftroom.negotiation;

/**
 * Sizes no real negotiation text reaches, in one place, so that a hostile or mistaken input is refused before
 * any expensive work (diff, parsing, storage) instead of stalling the server or failing in the database. The
 * figures from the seed (five texts, 155,000 characters, measured with the importer): longest paragraph 229
 * characters, longest proposed wording 314, longest position 57, at most 2 co-sponsors, brackets nested at
 * most 13 deep, longest symbol 12 and title 23 characters. Each limit is far above those and, for stored fields,
 * at most the database column's width (V2_0__documents.sql). See docs/limits.md.
 */
public final class TextLimits {
    /** One paragraph's wording typed in the room (suggestion mode, new paragraph, chair's text): ~87× the seed's longest. */
    public static final int WORDING = 20_000;
    /** A position's or comment's text: ~35× the seed's longest. */
    public static final int POSITION_TEXT = 2_000;
    /** A section id or label a paragraph is moved to (seed: one or two characters). */
    public static final int DESTINATION = 200;
    /** Delegations co-sponsoring one proposal (seed: 2; WIPO's largest regional group has 54 members). */
    public static final int CO_SPONSORS = 100;
    /** A whole imported text (the whole seed is 155,000 characters; one 3-million-character paragraph is allowed). */
    public static final int IMPORT_CHARS = 4_000_000;
    /** Brackets inside brackets in an imported text (seed: 13); deeper is not a negotiation text. */
    public static final int IMPORT_NESTING = 200;
    /** Columns of {@code document}: symbol, title, annex label, language. */
    public static final int SYMBOL = 100;
    public static final int TITLE = 1_000;
    public static final int ANNEX_LABEL = 200;
    public static final int LANGUAGE = 20;
    /** Columns of {@code document_revision}: the summary is abbreviated to fit, the delegations must fit. */
    public static final int HISTORY_SUMMARY = 2_000;
    public static final int HISTORY_DELEGATIONS = 400;

    private TextLimits() {
    }

    /** The text itself when it is within the limit (null stays null); else {@link TooLong}. */
    public static String check(String field, String text, int limit, boolean content) {
        if (text != null && text.length() > limit) throw new TooLong(field, limit, text.length(), "characters", content);
        return text;
    }

    /** The text cut to about {@code limit} characters, saying so; for descriptions of a change, never for the text. */
    public static String abbreviate(String text, int limit) {
        if (text == null || text.length() <= limit) return text;
        String note = "… (abbreviated: " + text.length() + " characters)";
        int cut = limit - note.length();
        if (Character.isLowSurrogate(text.charAt(cut))) cut--;
        return text.substring(0, cut) + note;
    }

    /**
     * A field longer than its limit.
     *
     * @param content whether it is the body of what is sent (a wording, a position, an upload: answered 413
     *                Content Too Large) rather than a field of it (a symbol, a title, a list of co-sponsors: 400)
     */
    public static final class TooLong extends IllegalArgumentException {
        private final String field;
        private final int limit;
        private final long actual;
        private final boolean content;

        public TooLong(String field, int limit, long actual, String unit, boolean content) {
            super(field + " has " + actual + " " + unit + ", more than the limit of " + limit + " " + unit);
            this.field = field;
            this.limit = limit;
            this.actual = actual;
            this.content = content;
        }

        public String field() {
            return field;
        }

        public int limit() {
            return limit;
        }

        public long actual() {
            return actual;
        }

        public boolean content() {
            return content;
        }
    }
}
