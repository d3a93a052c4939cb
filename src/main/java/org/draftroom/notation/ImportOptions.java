package org.draftroom.notation;

/**
 * What the caller knows about a text to import; null fields are taken from the text's own header.
 *
 * @param language BCP 47 tag of the text ("zh", "en"); null = detect from the text
 */
public record ImportOptions(String language, String symbol, String title) {
    public static ImportOptions fromHeader() {
        return new ImportOptions(null, null, null);
    }

    public static ImportOptions language(String language) {
        return new ImportOptions(language, null, null);
    }
}
