package org.draftroom.audit;

/**
 * An audit entry with what it recorded in words, for reading the trail: a document change's document by its symbol
 * and the history line of its revision ("Pakistan: insert “…” in paragraph 5").
 *
 * @param documentSymbol the symbol of the document whose revision the entry records, or null
 * @param summary        that revision's history line, or null (not a document change, or no line was written)
 */
public record AuditRecord(AuditEntry entry, String documentSymbol, String summary) {
    public boolean recordsChange() {
        return entry.documentId() != null && entry.revision() != null;
    }
}
