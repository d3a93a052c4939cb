package org.draftroom.exports.internal.render;

import java.util.List;

/**
 * The intermediate representation every export is written from: one or more parts (a document, or a
 * bundle's cover note, decision lists and annexes), each with its header block and body, in one language.
 */
public record Rendition(String language, String title, List<Part> parts, Identity identity) {
    public Rendition {
        parts = List.copyOf(parts);
    }

    public Rendition(String language, String title, List<Part> parts) {
        this(language, title, parts, Identity.WORKING);
    }

    /**
     * Which text this is, for every writer: the version number when it is an issued version (null for the working
     * text or a revision), and the versions issued up to it, oldest first (AKN lifecycle). The version's own
     * symbol, date and annex label are in the first part's header.
     */
    public record Identity(Integer version, List<Issue> issues) {
        public static final Identity WORKING = new Identity(null, List.of());

        public Identity {
            issues = List.copyOf(issues);
        }
    }

    /** One issue of the text: version 2 = "WO/PBC/35/7", "附件", 2023-05-26. */
    public record Issue(int number, String symbol, String annexLabel, java.time.LocalDate date) {
    }

    /**
     * The start of a file name: "WO-PBC-36-12-Annex-II_v3" for version 3 (issued as Annex II of WO/PBC/36/12),
     * "WO-PBC-34-15" for the working text. ASCII only, so the annex label is named in English.
     */
    public String fileStem() {
        HeaderBlock h = parts.isEmpty() ? null : parts.getFirst().header();
        String symbol = h == null || h.symbol() == null || h.symbol().isBlank() ? "document" : h.symbol();
        String annex = h == null || h.annexLabel() == null ? "" : " " + Labels.annexInEnglish(h.annexLabel());
        String stem = (symbol.trim() + annex).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (stem.isEmpty() ? "document" : stem) + (identity.version() == null ? "" : "_v" + identity.version());
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
