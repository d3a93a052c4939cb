package org.draftroom.audit.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.draftroom.audit.AuditEntry;

/**
 * Anchors the chain outside the rows it covers: every entry carries an HMAC of its hash under a key that is not
 * in the database, and the head (sequence and hash) is signed into {@code audit-checkpoint.properties} in the
 * data directory after each commit. Without the key, rehashing a rewritten chain fails at the first changed
 * entry's MAC; deleting the tail leaves the checkpoint ahead of the table. The key comes from
 * {@code draftroom.audit.hmac-key} (environment {@code DRAFTROOM_AUDIT_HMAC_KEY}); without one a random key is
 * kept in {@code audit-hmac.key} in the data directory, which protects against edits of the database file only.
 */
@Component
public class ChainAnchor {
    private static final Logger log = LoggerFactory.getLogger(ChainAnchor.class);

    /** A signed head: entries from {@code macsFrom} on carry MACs (earlier ones predate them). */
    public record Checkpoint(long seq, String hash, long macsFrom, String signature) {
    }

    private final Path file;
    private final byte[] key;
    private final AtomicReference<Checkpoint> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("audit-checkpoint").factory());
    private volatile Checkpoint written;
    private volatile long macsFrom = 1;
    /** Set when the checkpoint found at start-up disagrees with the table: it is evidence, never overwritten. */
    private volatile boolean frozen;

    ChainAnchor(@Value("${draftroom.data-dir}") Path dataDir, @Value("${draftroom.audit.hmac-key:}") String configuredKey)
            throws IOException {
        Files.createDirectories(dataDir);
        this.file = dataDir.resolve("audit-checkpoint.properties");
        this.key = configuredKey.isBlank() ? keyFile(dataDir.resolve("audit-hmac.key"))
                : configuredKey.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyFile(Path path) throws IOException {
        if (!Files.exists(path)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.writeString(path, HexFormat.of().formatHex(random), StandardOpenOption.CREATE_NEW);
            log.warn("no draftroom.audit.hmac-key set: generated {}; give the key from the environment in production, "
                    + "or someone who can edit the data directory can also re-sign the audit trail", path);
        }
        return Files.readString(path).strip().getBytes(StandardCharsets.UTF_8);
    }

    public String mac(String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public boolean macMatches(String hash, String mac) {
        return mac != null && MessageDigest.isEqual(mac(hash).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    public long macsFrom() {
        return macsFrom;
    }

    /** Once the appending transaction commits, the checkpoint moves to this entry (later ones win). */
    public void afterCommit(AuditEntry entry) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                offer(entry.seq(), entry.hash());
            }
        });
    }

    private void offer(long seq, String hash) {
        Checkpoint next = sign(seq, hash, macsFrom);
        pending.accumulateAndGet(next, (a, b) -> a == null || b.seq() > a.seq() ? b : a);
        writer.execute(this::flush);
    }

    /** Writes the newest pending head, unless one as new is already written; a full disk is retried next time. */
    private synchronized void flush() {
        Checkpoint next = pending.get();
        if (frozen || next == null || (written != null && written.seq() >= next.seq())) return;
        try {
            Properties p = new Properties();
            p.setProperty("seq", Long.toString(next.seq()));
            p.setProperty("hash", next.hash());
            p.setProperty("macs-from", Long.toString(next.macsFrom()));
            p.setProperty("signature", next.signature());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                p.store(out, "Draftroom audit chain head, HMAC-SHA256 signed; do not edit");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = next;
        } catch (IOException e) {
            log.warn("could not write the audit checkpoint {} (retried with the next entry): {}", file, e.toString());
        }
    }

    Checkpoint sign(long seq, String hash, long from) {
        return new Checkpoint(seq, hash, from, mac("draftroom-audit-checkpoint\u001f" + seq + "\u001f" + hash + "\u001f" + from));
    }

    /** The checkpoint on disk, if any (unsigned or damaged ones too: the verifier says so). */
    public Optional<Checkpoint> read() throws IOException {
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        try {
            return Optional.of(new Checkpoint(Long.parseLong(p.getProperty("seq", "-1")), p.getProperty("hash", ""),
                    Long.parseLong(p.getProperty("macs-from", "1")), p.getProperty("signature", "")));
        } catch (NumberFormatException e) {
            return Optional.of(new Checkpoint(-1, "", 1, ""));
        }
    }

    public boolean signatureValid(Checkpoint c) {
        return MessageDigest.isEqual(sign(c.seq(), c.hash(), c.macsFrom()).signature().getBytes(StandardCharsets.US_ASCII),
                c.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private volatile boolean started;

    /**
     * On the first append (the caller holds the chain head): adopts the checkpoint on disk, or keeps it as
     * evidence when it disagrees with the table; without one, anchors afresh.
     */
    public void ensureStarted(AuditStore table, AuditStore.Head head) {
        if (started) return;
        synchronized (this) {
            if (started) return;
            Optional<Checkpoint> onDisk;
            try {
                onDisk = read();
            } catch (IOException e) {
                onDisk = Optional.of(new Checkpoint(-1, "", 1, ""));
            }
            if (onDisk.isPresent()) {
                Checkpoint c = onDisk.get();
                start(c, signatureValid(c) && c.seq() <= head.seq()
                        && (c.seq() == 0 || table.hashAt(c.seq()).filter(c.hash()::equals).isPresent()));
            } else {
                if (head.seq() > 0) log.warn("no audit checkpoint {}: anchoring the chain afresh at entry {}", file, head.seq());
                startFresh(table.firstOfMacRun());
            }
            started = true;
        }
    }

    private void start(Checkpoint onDisk, boolean agreesWithTable) {
        written = onDisk;
        macsFrom = onDisk.macsFrom();
        frozen = !agreesWithTable;
        if (frozen) log.error("the audit checkpoint {} does not match the audit table: it is kept as evidence and no "
                + "longer updated; verify the trail, then move the file away to re-anchor", file);
    }

    /** Without a checkpoint: entries from {@code from} on are checked for MACs. */
    private void startFresh(long from) {
        macsFrom = from;
    }

    public Path file() {
        return file;
    }
}
