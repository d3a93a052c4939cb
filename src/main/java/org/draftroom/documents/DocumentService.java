package org.draftroom.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.documents.internal.BodyCodec;
import org.draftroom.documents.internal.DocumentStore;
import org.draftroom.documents.internal.DocumentWriter;
import org.draftroom.documents.internal.SessionStore;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ImportResult;
import org.draftroom.notation.NotationImporter;

/**
 * The one way to read and change negotiation texts. Reading needs a signed-in user; creating documents is the
 * secretariat's; observers never write. Who may make which edit (a delegate only for its own delegation, the
 * chair's texts, …) is checked by the services that build the {@link DocumentEdit}s.
 */
@Service
public class DocumentService {
    private final DocumentStore store;
    private final SessionStore sessions;
    private final DocumentWriter writer;
    private static final Pattern SESSION_IN_SYMBOL = Pattern.compile("^[A-Z]+/([A-Z]+)/(\\d+)/");
    private final BodyCodec codec;
    private final NotationImporter importer;
    private final HeavyWork heavy;
    /** The most history entries read at once. */
    public static final int MAX_PAGE = 500;
    /** The user name the demo seeds write under: the history shows their changes as the secretariat's. */
    public static final String DEMO_SEED_USER = "seed";

    DocumentService(DocumentStore store, SessionStore sessions, DocumentWriter writer, BodyCodec codec,
                    NotationImporter importer, HeavyWork heavy) {
        this.heavy = heavy;
        this.store = store;
        this.sessions = sessions;
        this.writer = writer;
        this.codec = codec;
        this.importer = importer;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentSummary> list() {
        return store.list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NegotiationDocument load(String id) {
        return get(id).document();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoredDocument get(String id) {
        return store.get(id).orElseThrow(() -> new DocumentNotFoundException("no document " + id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionInfo> sessions() {
        return sessions.sessions();
    }

    /**
     * Stores a new document (it gets a fresh id) in the given session, which may be null.
     *
     * @return the new document's id
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public String create(NegotiationDocument doc, String sessionCode) {
        return writer.create(doc, sessionCode, actor());
    }

    /**
     * Applies an edit to the latest state in one transaction. With an expected revision, fails with
     * {@link EditConflictException} if the document has moved on; without one, re-applies the change to the
     * fresh state until it lands. Publishes {@link DocumentChanged} to transactional listeners.
     */
    @PreAuthorize("isAuthenticated() and !hasRole('OBSERVER')")
    public StoredDocument apply(String documentId, DocumentEdit edit) {
        return writer.apply(documentId, edit, actor());
    }

    /** The upload formats {@link #importDocument} reads. */
    public enum ImportFormat { NOTATION, DOCX }

    /**
     * Imports a text in bracket notation (UTF-8 plain text or DOCX) and stores it. The session is the given one,
     * else the one the symbol was issued for, else none.
     *
     * @throws org.draftroom.notation.ImportException with line and column when the input cannot be read;
     *                                                nothing is stored then
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public ImportedDocument importDocument(byte[] content, ImportFormat format, ImportOptions options,
                                           String sessionCode) {
        ImportResult result = parse(content, format, options);
        String session = sessionCode != null ? sessionCode : sessionOf(result.document().header().symbol());
        String id = writer.create(result.document(), session, actor());
        return new ImportedDocument(id, session, store.get(id).orElseThrow().document(), result.warnings());
    }

    /**
     * Reads a text as {@link #importDocument} would and says what it would store, writing nothing: the import
     * screen shows it before the secretariat commits.
     *
     * @throws org.draftroom.notation.ImportException with line and column when the input cannot be read
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional(readOnly = true)
    public ImportPreview previewImport(byte[] content, ImportFormat format, ImportOptions options,
                                       String sessionCode) {
        ImportResult result = parse(content, format, options);
        DocumentWriter.requireFits(result.document().header()); // what create() would refuse, refused now
        if (sessionCode != null && !sessions.exists(sessionCode)) {
            throw new IllegalArgumentException("unknown session " + sessionCode);
        }
        String session = sessionCode != null ? sessionCode : sessionOf(result.document().header().symbol());
        return ImportPreview.of(result.document(), session, result.warnings());
    }

    private ImportResult parse(byte[] content, ImportFormat format, ImportOptions options) {
        if (options != null) { // before the parse: the header read from the text is checked when stored
            TextLimits.check("symbol", options.symbol(), TextLimits.SYMBOL, false);
            TextLimits.check("title", options.title(), TextLimits.TITLE, false);
        }
        return heavy.run("an import", () -> switch (format) {
            case NOTATION -> importer.importBytes(content, options);
            case DOCX -> importer.importDocx(new ByteArrayInputStream(content), options);
        });
    }

    /** WO/PBC/34/15 belongs to PBC/34: from the symbols issued per session, else from the symbol's pattern. */
    private String sessionOf(String symbol) {
        if (symbol == null) return null;
        return sessions.sessionOfSymbol(symbol).orElseGet(() -> {
            Matcher m = SESSION_IN_SYMBOL.matcher(symbol);
            return m.find() && sessions.exists(m.group(1) + "/" + m.group(2)) ? m.group(1) + "/" + m.group(2) : null;
        });
    }

    /** The recorded changes, oldest first; only those on one block when blockId is given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String documentId, String blockId) {
        if (!store.exists(documentId)) throw new DocumentNotFoundException("no document " + documentId);
        return store.history(documentId, blockId);
    }

    /**
     * A page of the recorded changes that match the query, newest first (a session records thousands: the
     * timeline reads them a page at a time).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String documentId, HistoryQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page of history is 1 to " + MAX_PAGE + " entries from offset 0 or later");
        }
        requireExists(documentId);
        return store.history(documentId, query, offset, limit);
    }

    /** How many recorded changes match the query. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long historyCount(String documentId, HistoryQuery query) {
        requireExists(documentId);
        return store.historyCount(documentId, query);
    }

    /** The actions recorded on the document ("create", "propose", …), for filtering by them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> historyActions(String documentId) {
        requireExists(documentId);
        return store.historyActions(documentId);
    }

    /** The recorded change that made this revision, if there is one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<HistoryEntry> historyEntry(String documentId, long revision) {
        return store.historyEntry(documentId, revision);
    }

    private void requireExists(String documentId) {
        if (!store.exists(documentId)) throw new DocumentNotFoundException("no document " + documentId);
    }

    /** The document as it stood right after the given revision. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NegotiationDocument asOf(String documentId, long revision) {
        String body = store.bodyAt(documentId, revision).orElseThrow(() ->
                new DocumentNotFoundException("no revision " + revision + " of document " + documentId));
        return codec.read(body);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
