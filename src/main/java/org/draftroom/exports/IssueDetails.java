package org.draftroom.exports;

import java.time.LocalDate;

/** How a version is issued: at which session, under which symbol and date, as which annex. */
public record IssueDetails(String sessionCode, String symbol, LocalDate issuedOn, String annexLabel,
                           String issuedAs) {
    public IssueDetails {
        if (symbol == null || symbol.isBlank()) throw new IllegalArgumentException("a version needs a symbol");
    }
}
