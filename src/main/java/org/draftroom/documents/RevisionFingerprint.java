package org.draftroom.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.draftroom.negotiation.Actors;

/**
 * SHA-256 over a revision as stored: its history row (who, when, for whom, what) and the text's stored form.
 * The audit entry of the change carries it, so a rewritten revision, history row or current text no longer
 * matches its entry. UTF-8 turns a lone surrogate into '?', as the database does, so the fingerprint of the
 * state written equals that of the state read back.
 */
public final class RevisionFingerprint {
    private RevisionFingerprint() {
    }

    public static String of(HistoryEntry entry, String storedBody) {
        Actors on = entry.onBehalf();
        String canonical = String.join("\u001f", entry.documentId(), Long.toString(entry.revision()),
                entry.at().toString(), nz(entry.actor()), on == null ? "" : String.join(",", on.by()),
                on == null || on.onBehalfOf() == null ? "" : on.onBehalfOf(), nz(entry.action()), nz(entry.blockId()),
                nz(entry.summary()), sha256(storedBody));
        return sha256(canonical);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
