package org.draftroom.notation;

/**
 * How to render the marked-up HTML view.
 *
 * @param standalone a complete HTML page with its own styles, else a fragment for embedding
 * @param positions  list the positions with each proposal
 */
public record HtmlOptions(boolean standalone, boolean positions) {
    public static HtmlOptions fragment() {
        return new HtmlOptions(false, true);
    }

    public static HtmlOptions page() {
        return new HtmlOptions(true, true);
    }
}
