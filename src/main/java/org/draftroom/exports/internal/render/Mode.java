package org.draftroom.exports.internal.render;

/**
 * How proposals appear: as tracked changes (insertions and deletions with the delegation as author), in
 * the house notation with brackets and attributions, or removed (agreed text only / open text in plain
 * brackets without names).
 */
public enum Mode {
    TRACKED, BRACKETS, CLEAN_AGREED, CLEAN_OPEN;

    public boolean marked() {
        return this == TRACKED || this == BRACKETS;
    }
}
