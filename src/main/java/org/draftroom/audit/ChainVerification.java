package org.draftroom.audit;

/**
 * Result of checking the chain.
 *
 * @param firstBrokenSeq sequence number of the first entry whose hash or link does not match, or null if intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {
    public String describe() {
        return intact ? "audit chain intact: " + entriesChecked + " entries checked"
                : "audit chain BROKEN at entry " + firstBrokenSeq + " (" + reason + "); " + entriesChecked + " entries checked";
    }
}
