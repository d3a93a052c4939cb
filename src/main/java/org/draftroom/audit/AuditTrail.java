package org.draftroom.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.audit.internal.AuditDetails;
import org.draftroom.audit.internal.AuditStore;
import org.draftroom.audit.internal.ChainAnchor;
import org.draftroom.audit.internal.ChainVerifier;
import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.SessionChanged;

/**
 * Appends to and verifies the hash-chained trail. An append locks the chain-head row until its transaction
 * commits, so appends are serialised by the database (any number of JVMs, no lock held while a connection is
 * awaited) and each chains to a committed entry. A document change's entry is written in the change's own
 * transaction; other entries (sign-ins, refusals) in their own, so a refused action that rolls back still
 * leaves its entry. After each commit the head is signed into a checkpoint file outside the database.
 */
@Service
public class AuditTrail {
    public static final String GENESIS = "0".repeat(64);
    private final AuditStore store;
    private final ChainAnchor anchor;
    private final ChainVerifier verifier;
    private final TransactionTemplate newTransaction;
    private final AuditDetails details;

    AuditTrail(AuditStore store, ChainAnchor anchor, ChainVerifier verifier, PlatformTransactionManager transactions,
               AuditDetails details) {
        this.details = details;
        this.store = store;
        this.anchor = anchor;
        this.verifier = verifier;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * An entry in a transaction of its own (call it outside any transaction: inside one it would need a second
     * connection while holding the first).
     */
    public AuditEntry append(String actor, String action, String subject, String detail) {
        return newTransaction.execute(status -> appendHere(actor, action, subject, detail, null, null, null));
    }

    /** The entry recording a document change, in the change's transaction: both commit or neither does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry recordChange(DocumentChanged change) {
        String subject = "document " + change.documentId() + " revision " + change.revision()
                + (change.blockId() == null ? "" : " block " + change.blockId());
        return appendHere(change.actor(), change.action(), subject, "", change.documentId(), change.revision(),
                change.stateHash());
    }

    /** A session created or corrected, in its transaction: both commit or neither does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry recordSessionChange(SessionChanged change) {
        return appendHere(change.actor(), change.action(), "session " + change.sessionCode(), change.detail(), null,
                null, null);
    }

    private AuditEntry appendHere(String actor, String action, String subject, String detail, String documentId,
                                  Long revision, String stateHash) {
        AuditStore.Head head = store.lockHead();
        anchor.ensureStarted(store, head);
        long seq = head.seq() + 1;
        // stored with millisecond precision so that the hash recomputed from the row matches
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry unsigned = new AuditEntry(seq, at, clip(actor, 64), clip(action, 64), clip(subject, 400),
                clip(detail, 4000), documentId, revision, stateHash, head.hash(), null, null);
        String hash = hash(unsigned);
        AuditEntry entry = new AuditEntry(seq, at, unsigned.actor(), unsigned.action(), unsigned.subject(),
                unsigned.detail(), documentId, revision, stateHash, head.hash(), hash, anchor.mac(hash));
        store.insert(entry);
        anchor.afterCommit(entry);
        return entry;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return new ArrayList<>(store.latest(limit));
    }

    /**
     * A page of the entries that match, newest first, each with what it recorded in words (a document change's
     * document and history line).
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public List<AuditRecord> page(AuditQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) throw new IllegalArgumentException("a page is 1 to 500 entries from offset 0 or later");
        List<AuditEntry> entries = store.page(query.kinds(), excluded(query), offset, limit);
        return details.describe(entries);
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return store.count(query.kinds(), excluded(query));
    }

    /** Every kind of entry the trail holds, for the kind filter. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public List<String> kinds() {
        return store.kinds();
    }

    private static java.util.Set<String> excluded(AuditQuery query) {
        return query.signIns() ? java.util.Set.of() : AuditQuery.SIGN_INS;
    }

    /**
     * Walks the whole chain in order, checks it against the signed checkpoint and every stored revision against
     * its entry; for admins and the secretariat (the command-line check signs in as admin).
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify();
    }

    /**
     * The entry's hash. Entries that record a revision (since the trail covers revisions) also cover the
     * document, revision and its fingerprint; older entries keep the hash they were written with.
     */
    public static String hash(AuditEntry e) {
        List<String> fields = new ArrayList<>(List.of(e.previousHash(), Long.toString(e.seq()), e.at().toString(),
                nz(e.actor()), nz(e.action()), nz(e.subject()), nz(e.detail())));
        if (e.stateHash() != null) {
            fields.addAll(List.of(nz(e.documentId()), String.valueOf(e.revision()), nz(e.stateHash())));
        }
        // unit separators keep field boundaries unambiguous ("ab"+"c" vs "a"+"bc")
        return sha256(String.join("\u001f", fields));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Hostile or huge input (a 1 MB paragraph) must not stop the trail: keep a bounded prefix. */
    private static String clip(String s, int max) {
        String v = nz(s);
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
