package org.draftroom.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditRecord;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.documents.HistoryEntry;

/**
 * What an entry recorded, read where it is kept: a document change's entry holds the document and revision (its
 * hash covers them), the history holds that revision's line. Read at display time, so entries written before the
 * trail said more read as well as new ones, and the chain's stored fields stay as they were.
 */
@Component
public class AuditDetails {
    private final DocumentService documents;

    AuditDetails(DocumentService documents) {
        this.documents = documents;
    }

    public List<AuditRecord> describe(List<AuditEntry> entries) {
        if (entries.stream().noneMatch(e -> e.documentId() != null)) {
            return entries.stream().map(e -> new AuditRecord(e, null, null)).toList();
        }
        Map<String, String> symbols = new HashMap<>();
        for (DocumentSummary d : documents.list()) symbols.put(d.id(), d.symbol());
        return entries.stream().map(e -> {
            if (e.documentId() == null || e.revision() == null) return new AuditRecord(e, null, null);
            String summary = documents.historyEntry(e.documentId(), e.revision()).map(HistoryEntry::summary).orElse(null);
            String symbol = symbols.get(e.documentId());
            return new AuditRecord(e, symbol == null || symbol.isBlank() ? e.documentId() : symbol, summary);
        }).toList();
    }
}
