package org.draftroom.documents;

import java.time.LocalDate;

/**
 * A session as the secretariat types it: a symbol such as {@code PBC/37} or {@code WO/PBC/37}, a name, the dates
 * and the place (name and place may be blank).
 */
public record SessionDraft(String symbol, String name, LocalDate startsOn, LocalDate endsOn, String place) {
}
