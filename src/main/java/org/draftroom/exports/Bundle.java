package org.draftroom.exports;

import java.util.List;

/**
 * A document issued to the assemblies in one go, like A/64/7: a cover note, then each session's list of
 * decisions followed by its annexes (versions of documents as annexed to that list).
 *
 * @param cover the cover note in the secretariat's layout (header block, numbered paragraphs, closing line)
 */
public record Bundle(String cover, List<Issued> lists) {
    public Bundle {
        lists = List.copyOf(lists);
    }

    /** A list of decisions and the annexes it carries, in order. */
    public record Issued(String decisionListSymbol, List<Annex> annexes) {
        public Issued {
            annexes = List.copyOf(annexes);
        }
    }

    /** @param version a version number or {@code current}; label: "附件" / "附件二" / "Annex II" */
    public record Annex(String documentId, String version, String label) {
    }
}
