package org.draftroom.documents;

/**
 * Another module's records that name a session by its symbol (exports: versions issued at it, lists of
 * decisions). While any exist, the session's symbol stays as it is: those records say it.
 */
public interface SessionReferences {
    /** How many of this module's records name the session. */
    long count(String sessionCode);

    /** What they are, for the refusal: "versions or lists of decisions". */
    String what();
}
