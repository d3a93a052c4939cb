package org.draftroom.audit;

/**
 * Result of checking the trail.
 *
 * @param firstBrokenSeq sequence number of the first entry found wrong (its hash, link or MAC, the revision it
 *                       records, or the first entry missing behind the signed checkpoint); null if intact or
 *                       when what is wrong is a revision that has no entry at all (then {@code reason} names it)
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {
    public String describe() {
        if (intact) return "audit chain intact: " + entriesChecked + " entries checked";
        return "audit chain BROKEN" + (firstBrokenSeq == null ? "" : " at entry " + firstBrokenSeq) + " (" + reason
                + "); " + entriesChecked + " entries checked";
    }
}
