package org.draftroom.room.internal;

import java.util.List;

import org.draftroom.negotiation.TextLimits;

/**
 * What people type in the room must be text: the importer refuses control characters and broken characters
 * with their position, and so does the room, instead of storing them (lone surrogates became '?' on the way to
 * the database) or passing them to exports that cannot write them.
 */
public final class TypedText {
    private TypedText() {
    }

    /** As {@link #check(String, String)}, and at most {@code limit} characters, checked first (it costs nothing). */
    public static String check(String what, String text, int limit) {
        return check(what, TextLimits.check(what, text, limit, true));
    }

    public static List<String> check(String what, List<String> texts, int limit) {
        if (texts != null) texts.forEach(t -> check(what, t, limit));
        return texts;
    }

    /** The text itself when it is acceptable (null stays null); else an explanation naming the character and where. */
    public static String check(String what, String text) {
        if (text == null) return null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c < 0xa0) || c == '\uFFFE' || c == '\uFFFF') {
                throw new IllegalArgumentException(what + ": character " + (i + 1) + " is the control character U+"
                        + String.format("%04X", (int) c) + ", which is not text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + ": character " + (i + 1) + " is half of a character (a lone surrogate)");
            }
        }
        return text;
    }

    public static List<String> check(String what, List<String> texts) {
        if (texts != null) texts.forEach(t -> check(what, t));
        return texts;
    }
}
