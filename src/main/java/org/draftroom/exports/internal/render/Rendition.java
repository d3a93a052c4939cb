package org.draftroom.exports.internal.render;

import java.util.List;

/**
 * The intermediate representation every export is written from: one or more parts (a document, or a
 * bundle's cover note, decision lists and annexes), each with its header block and body, in one language.
 */
public record Rendition(String language, String title, List<Part> parts) {
    public Rendition {
        parts = List.copyOf(parts);
    }

    /** One issued text: header, body and the closing line ("[后接附件二]", "[附件二和文件完]"). */
    public record Part(String id, HeaderBlock header, List<Node> body, String closing) {
        public Part {
            body = List.copyOf(body);
        }
    }

    /**
     * The header block, already worded in the document's language. Null fields are left out.
     *
     * @param symbol       the symbol printed top right (for an annex: the symbol of the issuing document)
     * @param annexLabel   "附件二" / "Annex II", null when not an annex
     * @param isoDate      the date of issue as a date, for machine-readable formats
     */
    public record HeaderBlock(String symbol, String originalLanguage, String date, String committee,
                              String session, String sessionDetail, String title, String preparedBy,
                              String annexLabel, java.time.LocalDate isoDate) {
    }
}
