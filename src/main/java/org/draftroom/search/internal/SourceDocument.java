package org.draftroom.search.internal;

import org.draftroom.negotiation.NegotiationDocument;

/** A document as handed to the index: the model plus what storage knows about it. */
public record SourceDocument(NegotiationDocument document, String sessionCode, long revision) {
    public String id() {
        return document.id();
    }

    public String session() {
        if (sessionCode != null && !sessionCode.isBlank()) return sessionCode;
        String printed = document.header().session();
        return printed == null ? "" : printed;
    }
}
