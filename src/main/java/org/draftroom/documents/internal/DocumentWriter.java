package org.draftroom.documents.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.api.IdempotentWrites;
import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.DocumentEdit;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.EditConflictException;
import org.draftroom.documents.RevisionPreconditionFailed;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.documents.RevisionFingerprint;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.TextLimits;

/**
 * Writes documents: each create or edit is one transaction that stores the new state, its history row and
 * snapshot, and publishes {@link DocumentChanged}. Access checks are the caller's job (DocumentService); the
 * seed loader uses this directly because it runs before anyone signs in.
 */
@Component
public class DocumentWriter {
    /** Edits without an expected revision are re-applied to the fresh state this many times before giving up. */
    static final int MAX_ATTEMPTS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final DocumentStore store;
    private final SessionStore sessions;
    private final BodyCodec codec;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ParsedDocuments parsed;
    private final WriteTurns turns;

    DocumentWriter(DocumentStore store, SessionStore sessions, BodyCodec codec, PlatformTransactionManager txManager,
                   ApplicationEventPublisher events, ParsedDocuments parsed, WriteTurns turns) {
        this.parsed = parsed;
        this.turns = turns;
        this.store = store;
        this.sessions = sessions;
        this.codec = codec;
        this.tx = new TransactionTemplate(txManager);
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Stores a new document under a fresh id (the model's own id is replaced) and returns that id. */
    public String create(NegotiationDocument doc, String sessionCode, String actor) {
        if (sessionCode != null && !sessions.exists(sessionCode)) {
            throw new IllegalArgumentException("unknown session " + sessionCode);
        }
        requireFits(doc.header());
        NegotiationDocument stored = new NegotiationDocument(newId(), doc.header(), doc.preamble(), doc.sections());
        String body = codec.write(stored);
        return turns.inTurn(() -> tx.execute(status -> {
            Instant at = now();
            store.insert(stored, sessionCode, body, actor, at);
            HistoryEntry created = new HistoryEntry(stored.id(), 1, at, actor, null, "create", null,
                    stored.header().symbol());
            store.insertRevision(created, store.encodeRevision(stored.id(), 1, null, body));
            IdempotentWrites.recordChange(stored.id(), 1);
            events.publishEvent(new DocumentChanged(stored.id(), 1, actor, "create", null, at,
                    RevisionFingerprint.of(created, body)));
            return stored.id();
        }));
    }

    /**
     * The header fields that have columns of their own must fit them: refused with the field and its limit, not a
     * database error. Nor may they hold U+0000, which PostgreSQL's text cannot store (ADR 0014); refused on H2
     * too, so both databases take the same documents. Elsewhere the document is JSON, where it is escaped.
     */
    public static void requireFits(DocumentHeader header) {
        TextLimits.check("symbol", storable("symbol", header.symbol()), TextLimits.SYMBOL, false);
        TextLimits.check("title", storable("title", header.title()), TextLimits.TITLE, false);
        TextLimits.check("annex label", storable("annex label", header.annexLabel()), TextLimits.ANNEX_LABEL, false);
        TextLimits.check("language", storable("language", header.language()), TextLimits.LANGUAGE, false);
        TextLimits.check("original language", storable("original language", header.originalLanguage()),
                TextLimits.LANGUAGE, false);
    }

    private static String storable(String field, String value) {
        int nul = value == null ? -1 : value.indexOf('\u0000');
        if (nul >= 0) {
            throw new IllegalArgumentException(field + ": character " + (nul + 1)
                    + " is U+0000 (NUL), which cannot be stored; remove it");
        }
        return value;
    }

    /** In this process's turn ({@link WriteTurns}); retried on the fresh state if another process got in first. */
    public StoredDocument apply(String documentId, DocumentEdit edit, String actor) {
        return turns.inTurn(() -> applyInTurn(documentId, edit, actor));
    }

    private StoredDocument applyInTurn(String documentId, DocumentEdit edit, String actor) {
        for (int attempt = 1; ; attempt++) {
            boolean lock = attempt > 1;
            try {
                Optional<StoredDocument> done = tx.execute(status -> attempt(documentId, edit, actor, lock));
                if (done.isPresent()) return done.get();
            } catch (PessimisticLockingFailureException lockTimeout) {
                if (edit.expectedRevision() != null || RevisionExpectation.expectedFor(documentId).isPresent()
                        || attempt >= MAX_ATTEMPTS) {
                    throw lockTimeout;
                }
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException("could not apply '" + edit.action() + "' to " + documentId
                        + " after " + attempt + " attempts: too many concurrent edits");
            }
            backOff(attempt);
        }
    }

    /**
     * One try; empty when another edit committed in between and the change must be re-applied. The first try
     * is optimistic; retries lock the row while they compute, so a busy document still makes progress.
     */
    private Optional<StoredDocument> attempt(String documentId, DocumentEdit edit, String actor, boolean lock) {
        DocumentStore.Current current = store.current(documentId, lock)
                .orElseThrow(() -> new DocumentNotFoundException("no document " + documentId));
        Long expected = edit.expectedRevision();
        if (expected != null && expected != current.revision()) {
            throw new EditConflictException(documentId, expected, current.revision());
        }
        Optional<Long> required = RevisionExpectation.expectedFor(documentId);
        if (required.isPresent() && required.get() != current.revision()) {
            throw new RevisionPreconditionFailed(documentId, required.get(), current.revision());
        }
        // the delta is taken from the body exactly as stored; if it is gone, another edit got in first
        Optional<String> previousBody = store.currentBody(documentId, current.revision());
        if (previousBody.isEmpty()) {
            if (expected != null) throw new EditConflictException(documentId, expected, current.revision() + 1);
            return Optional.empty();
        }
        NegotiationDocument next = edit.change().apply(store.document(current));
        if (next == null) throw new IllegalArgumentException("the change produced no document");
        requireFits(next.header());
        if (!documentId.equals(next.id())) {
            throw new IllegalArgumentException("a change must not alter the document id (" + next.id() + ")");
        }
        String body = codec.write(next);
        Instant at = now();
        byte[][] stored = store.encodeRevision(documentId, current.revision() + 1, previousBody.get(), body);
        if (!store.update(next, stored[0] == null ? null : body, current.revision(), actor, at)) {
            if (expected != null || required.isPresent()) {
                long latest = store.current(documentId).map(DocumentStore.Current::revision).orElse(-1L);
                if (expected != null) throw new EditConflictException(documentId, expected, latest);
                throw new RevisionPreconditionFailed(documentId, required.get(), latest);
            }
            return Optional.empty();
        }
        long revision = current.revision() + 1;
        RevisionExpectation.fulfilled(documentId);
        HistoryEntry entry = new HistoryEntry(documentId, revision, at, actor, edit.onBehalf(), edit.action(),
                edit.blockId(), edit.summary());
        store.insertRevision(entry, stored);
        edit.sideRecords().write(documentId, revision);
        // the API request's Idempotency-Key row learns the revision in this transaction (ADR 0013)
        IdempotentWrites.recordChange(documentId, revision);
        // a lone surrogate is stored as '?': then readers must decode what the database holds, not this state
        if (!hasLoneSurrogate(body)) {
            afterCommit(() -> {
                parsed.remember(documentId, revision, at, next);
                store.remember(documentId, revision, body);
            });
        }
        events.publishEvent(new DocumentChanged(documentId, revision, actor, edit.action(), edit.blockId(), at,
                RevisionFingerprint.of(entry, body)));
        return Optional.of(new StoredDocument(next, revision, current.sessionCode(), current.createdAt(),
                current.createdBy(), at, actor));
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    /** As the database keeps it (microseconds), so the parsed state remembered here matches the row read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Registered before the event is published, so views woken by the commit find the new state decoded. */
    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Randomised so that retrying writers do not collide again in lock step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an edit", e);
        }
    }

    static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        return new String(id);
    }
}
