package org.draftroom.room;

import java.util.List;

/**
 * What taking a chair's text as the basis would change, shown before it is done: each replaced paragraph's
 * wording before and the wording standing for it after, what is kept of them (quotations, items, footnotes),
 * and the proposals that would become superseded. Computed on the current revision, nothing is written.
 *
 * @param revision the revision the preview was computed on
 */
public record AdoptionPreview(List<Replaced> paragraphs, List<String> kept, List<String> superseded, long revision) {

    /** "paragraph 3": its wording now, and the wording in its place after adoption (empty when it goes). */
    public record Replaced(String label, String before, String after) {
    }
}
