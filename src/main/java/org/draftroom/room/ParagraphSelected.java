package org.draftroom.room;

/** The chair or secretariat brought a paragraph up on the room's screen. */
public record ParagraphSelected(String documentId, String blockId, String username) {
}
