package org.draftroom.exports;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.SessionService;
import org.draftroom.exports.internal.versions.VersionStore;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.ModelJson;

/**
 * Versions of a document: frozen when issued at a session, read back as issued. A reference to a text is
 * {@code current} (the working state), a version number ({@code 2}) or a revision ({@code rev:17}).
 */
@Service
public class VersionService {
    public static final String CURRENT = "current";
    private final VersionStore store;
    private final DocumentService documents;
    private final ModelJson json;
    private final ApplicationEventPublisher events;
    private final SessionService sessions;
    private final Clock clock = Clock.systemUTC();

    VersionService(VersionStore store, DocumentService documents, ModelJson json, ApplicationEventPublisher events,
                   SessionService sessions) {
        this.sessions = sessions;
        this.store = store;
        this.documents = documents;
        this.json = json;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(String documentId) {
        documents.get(documentId);
        return store.list(documentId);
    }

    /** Freezes the current state as issued; work goes on on the document. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public DocumentVersion freeze(String documentId, IssueDetails issue) {
        return record(documentId, documents.load(documentId), issue);
    }

    /**
     * Records a text issued before it was kept here (an imported earlier version) as the next version. Like
     * {@link #freeze}, publishes {@link VersionFrozen}.
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public DocumentVersion record(String documentId, NegotiationDocument asIssued, IssueDetails issue) {
        documents.get(documentId);
        // a version names its session by symbol: one that does not exist would be a dangling record
        if (issue.sessionCode() != null && !sessions.exists(issue.sessionCode())) {
            throw new IllegalArgumentException("no session " + issue.sessionCode()
                    + ": the secretariat creates it under Sessions first");
        }
        DocumentVersion version = store.insert(documentId, issue, json.write(asIssued), clock.instant(), actor());
        events.publishEvent(new VersionFrozen(documentId, version.number(), version.sessionCode()));
        return version;
    }

    /**
     * The text of a version as issued, its header carrying the version's symbol, date and annex label (the body may
     * have been imported under another symbol: Annex II of WO/PBC/36/12 came in as a copy of WO/PBC/34/15).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NegotiationDocument text(String documentId, int number) {
        DocumentVersion version = store.find(documentId, number).orElseThrow(() ->
                new DocumentNotFoundException("no version " + number + " of document " + documentId));
        NegotiationDocument doc = json.read(store.body(documentId, number).orElseThrow());
        DocumentHeader h = doc.header();
        DocumentHeader issued = new DocumentHeader(version.symbol() != null ? version.symbol() : h.symbol(), h.title(),
                h.language(), h.originalLanguage(), version.issuedOn() != null ? version.issuedOn() : h.date(),
                h.committee(), h.session(), h.sessionDetail(), h.preparedBy(),
                version.annexLabel() != null ? version.annexLabel() : h.annexLabel());
        return new NegotiationDocument(doc.id(), issued, doc.preamble(), doc.sections());
    }

    /** Resolves {@code current}, a version number or {@code rev:N} to a text. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NegotiationDocument resolve(String documentId, String ref) {
        if (ref == null || ref.isBlank() || ref.equals(CURRENT)) return documents.load(documentId);
        if (ref.startsWith("rev:")) return documents.asOf(documentId, parse(ref.substring(4), ref));
        return text(documentId, (int) parse(ref, ref));
    }

    /** A label for a reference, for headings and file names. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String label(String documentId, String ref) {
        if (ref == null || ref.isBlank() || ref.equals(CURRENT)) return CURRENT;
        if (ref.startsWith("rev:")) return ref;
        return store.find(documentId, (int) parse(ref, ref)).map(DocumentVersion::label).orElse(ref);
    }

    private static long parse(String number, String ref) {
        try {
            return Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a version reference: '" + ref + "' (current, a number or rev:N)");
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
