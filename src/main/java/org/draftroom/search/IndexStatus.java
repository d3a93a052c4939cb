package org.draftroom.search;

/**
 * Health of the search index. Searches are answered only in {@link State#READY}; while the index is being
 * checked or (re)built they report this status instead of results from a partial index.
 *
 * @param percent build progress 0–100 (100 when ready)
 * @param documents documents in the index being served (or built)
 * @param message   why it is being built or what failed, else empty
 */
public record IndexStatus(State state, int percent, int documents, String message) {
    public enum State { STARTING, BUILDING, READY, FAILED }

    public boolean ready() {
        return state == State.READY;
    }
}
