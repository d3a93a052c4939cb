package org.draftroom.exports;

import java.util.Locale;

/** Which text: marked up with every proposal and attribution, agreed text only, or open text without names. */
public enum ExportVariant {
    MARKED, CLEAN_AGREED, CLEAN_OPEN;

    public static ExportVariant parse(String value) {
        if (value == null || value.isBlank()) return MARKED;
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown variant '" + value + "' (marked, clean-agreed, clean-open)");
        }
    }
}
