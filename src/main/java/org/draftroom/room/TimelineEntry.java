package org.draftroom.room;

import java.time.Instant;

import org.draftroom.negotiation.Actors;
import org.draftroom.security.Role;

/**
 * One recorded change of a document as the timeline shows it: the history line with what is known of the user who
 * typed it, so that the room can say "Pakistan" when Pakistan's delegate typed it and "Secretariat for Pakistan"
 * when the secretariat recorded it.
 *
 * @param user     the user name that typed the change ("seed" for the demo seed)
 * @param userRole that user's role, or null when no such account exists (the seed, a removed account)
 * @param onBehalf the delegation(s) the change was made for, or null
 * @param summary  the history line in words, or null (then the action is all there is)
 */
public record TimelineEntry(String documentId, long revision, Instant at, String user, Role userRole, Actors onBehalf,
                            String action, String blockId, String summary) {

    /** Typed by the secretariat for someone else than itself (a delegation, a group, the committee). */
    public boolean recordedForOthers() {
        return userRole == Role.SECRETARIAT && onBehalf != null && onBehalf.attributed()
                && !onBehalf.by().equals(java.util.List.of(Actors.SECRETARIAT));
    }
}
