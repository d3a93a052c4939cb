package org.draftroom.exports.internal.docx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.negotiation.NegotiationDocument;

/**
 * The review facts of an export: dates from the document's history (kept per document and read on from the
 * last revision seen, so an export reads only what changed since the one before), as of the text exported.
 */
@Component
public class ChangeDates {
    private final DocumentService documents;
    private final Map<String, HistoryDates> byDocument = new ConcurrentHashMap<>();

    ChangeDates(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * @param issuedOn for a version, the day it was issued (nothing in it is dated later); null for the working
     *                 text or a revision
     * @param revision the revision the text is as of, or null for the latest
     */
    public ReviewFacts facts(String documentId, NegotiationDocument text, Long revision, LocalDate issuedOn, Names names) {
        List<HistoryEntry> history = documents.history(documentId, null);
        long upTo = revision != null ? revision : history.isEmpty() ? 0 : history.getLast().revision();
        HistoryDates dates = byDocument.computeIfAbsent(documentId, id -> new HistoryDates());
        Map<String, java.time.Instant> known;
        if (upTo >= dates.revision()) known = dates.upTo(history, upTo, r -> documents.asOf(documentId, r));
        else known = new HistoryDates().upTo(history, upTo, r -> documents.asOf(documentId, r));
        LocalDate day = issuedOn != null ? issuedOn : text.header().date();
        if (issuedOn != null) known = HistoryDates.asIssued(known, text, issuedOn);
        return ReviewFacts.of(List.of(text), names, known, day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
