package org.draftroom.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.audit.internal.AuditStore;

/**
 * Appends to and verifies the hash-chained trail. Appends are serialised in this JVM (one Draftroom
 * instance owns its data directory) and each runs in its own transaction, so a refused action that rolls
 * back still leaves its audit entry.
 */
@Service
public class AuditTrail {
    static final String GENESIS = "0".repeat(64);
    private final AuditStore store;
    private final ReentrantLock appendLock = new ReentrantLock();

    private final TransactionTemplate newTransaction;

    AuditTrail(AuditStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The lock is held across the whole transaction, commit included, so the next append sees this one. */
    public AuditEntry append(String actor, String action, String subject, String detail) {
        appendLock.lock();
        try {
            return newTransaction.execute(status -> appendInTransaction(actor, action, subject, detail));
        } finally {
            appendLock.unlock();
        }
    }

    private AuditEntry appendInTransaction(String actor, String action, String subject, String detail) {
        String previous = store.lastHash().orElse(GENESIS);
        long seq = store.nextSeq();
        // stored with millisecond precision so that the hash recomputed from the row matches
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String shortSubject = clip(subject, 400);
        String shortDetail = clip(detail, 4000);
        String hash = hash(previous, seq, at, actor, action, shortSubject, shortDetail);
        AuditEntry entry = new AuditEntry(seq, at, nz(actor), action, shortSubject, shortDetail, previous, hash);
        store.insert(entry);
        return entry;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return store.latest(limit);
    }

    /** Walks the whole chain in order; for admins and the secretariat (the command-line check signs in as admin). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrevious = GENESIS;
        long checked = 0;
        for (AuditEntry e : (Iterable<AuditEntry>) store.inOrder()::iterator) {
            checked++;
            if (!e.previousHash().equals(expectedPrevious)) {
                return new ChainVerification(false, checked, e.seq(), "link to previous entry does not match");
            }
            String recomputed = hash(e.previousHash(), e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detail());
            if (!recomputed.equals(e.hash())) {
                return new ChainVerification(false, checked, e.seq(), "content does not match its hash");
            }
            expectedPrevious = e.hash();
        }
        return new ChainVerification(true, checked, null, null);
    }

    static String hash(String previous, long seq, Instant at, String actor, String action, String subject,
                       String detail) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // unit separators keep field boundaries unambiguous ("ab"+"c" vs "a"+"bc")
            String canonical = String.join("\u001f", previous, Long.toString(seq), at.toString(), nz(actor),
                    nz(action), nz(subject), nz(detail));
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
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
