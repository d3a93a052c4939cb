package org.draftroom.documents;

/** One line of the document list. */
public record DocumentSummary(String id, String symbol, String title, String language, String sessionCode,
                              long revision) {
}
