package org.draftroom.exports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a document frozen when it was issued at a session ("issued as Annex II of WO/PBC/36/12").
 * Work continues on the document itself; the version keeps the text as issued.
 *
 * @param number     1, 2, … in order of freezing, per document
 * @param symbol     the symbol it was issued under (the issuing document's when annexed)
 * @param annexLabel "附件二" / "Annex II" when issued as an annex, else null
 * @param issuedAs   a human description ("WO/PBC/36/12 附件二"), may be null
 */
public record DocumentVersion(long id, String documentId, int number, String sessionCode, String symbol,
                              LocalDate issuedOn, String annexLabel, String issuedAs, Instant frozenAt,
                              String frozenBy) {

    /** How the version is named in lists: "v2 · WO/PBC/35/7 附件 · 2023-05-26". */
    public String label() {
        return "v" + number + " · " + (issuedAs != null ? issuedAs : symbol + (annexLabel == null ? "" : " " + annexLabel))
                + (issuedOn == null ? "" : " · " + issuedOn);
    }
}
