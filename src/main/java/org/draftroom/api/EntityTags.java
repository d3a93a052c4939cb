package org.draftroom.api;

import java.util.OptionalLong;

/**
 * A document's revision as an HTTP entity tag: {@code "12"} is revision 12. Reads send it as {@code ETag};
 * writes accept it in {@code If-Match} (a weak tag {@code W/"12"} counts the same, since the revision names the
 * whole state).
 */
public final class EntityTags {
    private EntityTags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an {@code If-Match} value names; empty for {@code *}; 400 for anything else. */
    public static OptionalLong revisionOf(String ifMatch) {
        String v = ifMatch.strip();
        if (v.equals("*")) return OptionalLong.empty();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.length() < 3 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"'
                || !v.substring(1, v.length() - 1).matches("\\d{1,18}")) {
            throw new IllegalArgumentException("If-Match must be one entity tag as sent in ETag, such as \"12\", not "
                    + ifMatch);
        }
        return OptionalLong.of(Long.parseLong(v.substring(1, v.length() - 1)));
    }
}
