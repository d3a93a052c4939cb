package org.draftroom.exports;

/**
 * What changed between two versions. Paragraph counts cover numbered paragraphs and items; "changed" means
 * matched but worded differently (spacing aside), "renumbered" matched under another number.
 */
public record ComparisonSummary(int paragraphsAdded, int paragraphsRemoved, int paragraphsMoved,
                                int paragraphsChanged, int paragraphsRenumbered, int proposalsAdded,
                                int proposalsWithdrawn, int proposalsAgreed) {

    public boolean identical() {
        return paragraphsAdded + paragraphsRemoved + paragraphsMoved + paragraphsChanged + proposalsAdded
                + proposalsWithdrawn + proposalsAgreed == 0;
    }
}
