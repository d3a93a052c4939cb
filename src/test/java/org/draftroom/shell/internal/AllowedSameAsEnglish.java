package org.draftroom.shell.internal;

import java.util.Map;
import java.util.Set;

/**
 * The UI texts that may read as in English: names (Draftroom, Akoma Ntoso), codes and formats (PDF, HTML, "{0} –
 * {1}") and words a language spells as English does (French "Documents", "Session"). Every other text must differ.
 */
final class AllowedSameAsEnglish {
    static final Set<String> ALL = Set.of("ar", "es", "fr", "ru", "zh");

    /** Key → the languages in which it may equal the English text. */
    static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("sessions.dates", Set.of("ar", "es", "fr", "ru")),
            Map.entry("exports.format.pdf", ALL),
            Map.entry("exports.format.html", ALL),
            Map.entry("exports.format.docx", Set.of("ar", "es", "fr", "ru")),
            Map.entry("exports.format.akn", Set.of("zh")),
            Map.entry("documents.attribution.dash", Set.of("ar", "es", "fr", "ru")),
            Map.entry("documents.attribution.colon", Set.of("ar", "es", "ru")),
            Map.entry("documents.names.separator", Set.of("es", "fr", "ru")),
            Map.entry("documents.positions.separator", Set.of("es", "ru")),
            Map.entry("documents.import.file", Set.of("es")),
            Map.entry("room.contradiction.words", Set.of("zh")),
            // French and Spanish words spelled as in English
            Map.entry("documents.menu", Set.of("fr")),
            Map.entry("documents.list.title", Set.of("fr")),
            Map.entry("exports.document", Set.of("fr")),
            Map.entry("room.dashboard.document", Set.of("fr")),
            Map.entry("search.facet.document", Set.of("fr")),
            Map.entry("sessions.menu", Set.of("fr")),
            Map.entry("sessions.column.dates", Set.of("fr")),
            Map.entry("documents.column.session", Set.of("fr")),
            Map.entry("exports.column.session", Set.of("fr")),
            Map.entry("search.facet.session", Set.of("fr")),
            Map.entry("search.facet.section", Set.of("fr")),
            Map.entry("room.dashboard.section", Set.of("fr")),
            Map.entry("search.facet.version", Set.of("fr")),
            Map.entry("exports.column.number", Set.of("fr")),
            Map.entry("exports.column.date", Set.of("fr")),
            Map.entry("exports.format", Set.of("fr")),
            Map.entry("audit.action", Set.of("fr")),
            Map.entry("users.actions", Set.of("fr")),
            Map.entry("room.timeline.action.position", Set.of("fr")),
            Map.entry("documents.statement.note", Set.of("fr")),
            Map.entry("documents.import.source", Set.of("fr")),
            Map.entry("room.dashboard.section-label", Set.of("fr")),
            Map.entry("sessions.edit.title", Set.of("fr")),
            Map.entry("documents.header.original", Set.of("es")));

    private AllowedSameAsEnglish() {
    }

    static boolean allows(String key, String language) {
        return KEYS.getOrDefault(key, Set.of()).contains(language);
    }
}
