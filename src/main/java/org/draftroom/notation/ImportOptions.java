package org.draftroom.notation;

import org.draftroom.delegations.Forum;

/**
 * What the caller knows about a text to import; null fields are taken from the text's own header.
 *
 * @param language BCP 47 tag of the text ("zh", "en"); null = detect from the text
 * @param forum    whose groups speak in the negotiation (a WIPO committee's Group B, a UN body's G77); null =
 *                 every forum's groups, which is safe because their names do not collide
 */
public record ImportOptions(String language, String symbol, String title, Forum forum) {
    public ImportOptions(String language, String symbol, String title) {
        this(language, symbol, title, null);
    }

    public static ImportOptions fromHeader() {
        return new ImportOptions(null, null, null);
    }

    public static ImportOptions language(String language) {
        return new ImportOptions(language, null, null);
    }
}
