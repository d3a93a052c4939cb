package org.draftroom.room;

import java.util.List;

/**
 * The editable wording of a paragraph, item or heading: plain text where proposals already on the table stand
 * as markers ⟦1⟧, ⟦2⟧ … (described in {@code markers}) that an edit must keep.
 *
 * @param revision the document revision this wording is from: send it back as the base of the edit
 */
public record Wording(String documentId, String blockId, String text, long revision, List<String> markers) {
}
