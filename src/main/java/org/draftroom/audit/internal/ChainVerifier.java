package org.draftroom.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;
import org.draftroom.documents.DocumentIntegrity;

/**
 * Checks the trail three ways: each entry against its hash, the previous entry and its MAC; the chain against
 * the signed checkpoint outside the database (a cut tail, a rehashed chain); and every stored revision and
 * current text against the entry that recorded it (a rewritten revision or text, a revision without entry).
 * Reports the earliest entry found wrong. Runs in the caller's read-only transaction.
 */
@Component
public class ChainVerifier {
    private final AuditStore store;
    private final ChainAnchor anchor;
    private final DocumentIntegrity documents;

    ChainVerifier(AuditStore store, ChainAnchor anchor, DocumentIntegrity documents) {
        this.store = store;
        this.anchor = anchor;
        this.documents = documents;
    }

    /** The earliest problem seen; problems not at an entry (a revision without one) rank after all entries. */
    private static final class Findings {
        Long seq;
        String reason;
        boolean any;

        void add(Long at, String why) {
            if (!any || (at != null && (seq == null || at < seq))) {
                seq = at;
                reason = why;
                any = true;
            }
        }
    }

    public ChainVerification verify() {
        Findings f = new Findings();
        Optional<ChainAnchor.Checkpoint> checkpoint = readCheckpoint();
        // which entries must carry MACs is part of what the checkpoint signs; unsigned, all of them must
        long macsFrom = checkpoint.filter(anchor::signatureValid).map(ChainAnchor.Checkpoint::macsFrom).orElse(1L);
        Map<String, AuditEntry> byRevision = new HashMap<>();
        String expectedPrevious = AuditTrail.GENESIS;
        long checked = 0;
        long last = 0;
        String lastHash = AuditTrail.GENESIS;
        for (AuditEntry e : (Iterable<AuditEntry>) store.inOrder()::iterator) {
            checked++;
            if (e.seq() != last + 1) f.add(last + 1, "entries " + (last + 1) + " to " + (e.seq() - 1) + " are missing");
            if (!e.previousHash().equals(expectedPrevious)) f.add(e.seq(), "link to previous entry does not match");
            else if (!AuditTrail.hash(e).equals(e.hash())) f.add(e.seq(), "content does not match its hash");
            else if (e.seq() >= macsFrom && !anchor.macMatches(e.hash(), e.mac())) {
                f.add(e.seq(), "its MAC does not match: the chain was rewritten and rehashed without the key");
            }
            if (e.documentId() != null && e.revision() != null) byRevision.put(key(e.documentId(), e.revision()), e);
            expectedPrevious = e.hash();
            last = e.seq();
            lastHash = e.hash();
        }
        checkpoint(f, checkpoint, checked, last, lastHash);
        revisions(f, byRevision);
        return f.any ? new ChainVerification(false, checked, f.seq, f.reason) : new ChainVerification(true, checked, null, null);
    }

    private Optional<ChainAnchor.Checkpoint> readCheckpoint() {
        try {
            return anchor.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint " + anchor.file(), e);
        }
    }

    private void checkpoint(Findings f, Optional<ChainAnchor.Checkpoint> read, long checked, long last, String lastHash) {
        if (read.isEmpty()) {
            if (checked > 0) f.add(null, "no signed checkpoint " + anchor.file() + ": the chain head is not anchored");
            return;
        }
        ChainAnchor.Checkpoint c = read.get();
        if (!anchor.signatureValid(c)) {
            f.add(c.seq() > 0 ? c.seq() : null, "the checkpoint's signature does not match (file or key changed)");
        } else if (c.seq() > last) {
            f.add(last + 1, "entries " + (last + 1) + " to " + c.seq() + " are missing: the signed checkpoint is at "
                    + c.seq() + ", the table ends at " + last);
        } else if (c.seq() == last ? !c.hash().equals(lastHash) : store.hashAt(c.seq()).filter(c.hash()::equals).isEmpty()) {
            f.add(c.seq(), "entry " + c.seq() + " differs from the signed checkpoint: the chain was rewritten");
        }
    }

    private void revisions(Findings f, Map<String, AuditEntry> byRevision) {
        Set<String> stored = new HashSet<>();
        documents.eachStoredState(s -> {
            String key = key(s.documentId(), s.revision());
            stored.add(key);
            String what = (s.current() ? "the current text of document " : "stored revision " + s.revision() + " of document ")
                    + s.documentId();
            AuditEntry e = byRevision.get(key);
            if (e == null) {
                f.add(null, "revision " + s.revision() + " of document " + s.documentId() + " has no audit entry");
            } else if (e.stateHash() != null && !e.stateHash().equals(s.fingerprint())) {
                f.add(e.seq(), s.fingerprint() == null ? what + " cannot be read back"
                        : what + " is not what entry " + e.seq() + " recorded (rewritten)");
            }
        });
        byRevision.forEach((key, e) -> {
            if (!stored.contains(key)) {
                f.add(e.seq(), "revision " + e.revision() + " of document " + e.documentId() + " is no longer stored");
            }
        });
    }

    private static String key(String documentId, long revision) {
        return documentId + "\u001f" + revision;
    }
}
