package org.draftroom.negotiation;

import java.util.List;

/**
 * Optional presentation hint: how the house notation laid out a proposal, position or statement where the
 * notation has free variants (attribution before or after the text, "——" or "：", which delete verb, full-width
 * or ASCII brackets, the short form of a delegation's name). It never holds the content: the renderer fills the
 * slots from the structured fields and falls back to its default layout when the hint no longer fits them.
 *
 * @param layout    literal notation tokens (brackets, separators, verbs from the importer's vocabulary) and
 *                  slots: {@link #TARGET}, {@link #TEXT}, {@link #BY}, {@link #POSITIONS}, {@link #PROPOSALS}
 * @param spellings the names as written, aligned with {@code Actors.by} followed by {@code onBehalfOf}
 * @param join      separator between several actors ("、", "；", "和", "/")
 * @param kind      the proposal kind or stance this layout was made for; a hint for another kind is ignored
 * @param after     for a position written on a line of its own: the id of the block it follows in the text
 *                  (the renderer writes it there); null when it is written inside its proposal's brackets
 */
public record Notation(List<String> layout, List<String> spellings, String join, String kind, String after) {
    public static final String TARGET = "$target";
    public static final String TEXT = "$text";
    public static final String BY = "$by";
    public static final String POSITIONS = "$positions";
    public static final String PROPOSALS = "$proposals";

    public Notation {
        layout = List.copyOf(layout);
        spellings = List.copyOf(spellings);
        join = join == null ? "" : join;
        kind = kind == null ? "" : kind;
    }

    public boolean detached() {
        return after != null;
    }

    public static boolean isSlot(String token) {
        return token.startsWith("$");
    }
}
