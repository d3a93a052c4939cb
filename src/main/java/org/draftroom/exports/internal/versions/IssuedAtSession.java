package org.draftroom.exports.internal.versions;

import org.springframework.stereotype.Component;

import org.draftroom.documents.SessionReferences;
import org.draftroom.exports.internal.decisions.DecisionStore;

/** Versions frozen at a session and lists of decisions of it say its symbol: it must not change under them. */
@Component
class IssuedAtSession implements SessionReferences {
    private final VersionStore versions;
    private final DecisionStore decisions;

    IssuedAtSession(VersionStore versions, DecisionStore decisions) {
        this.versions = versions;
        this.decisions = decisions;
    }

    @Override
    public long count(String sessionCode) {
        return versions.countAtSession(sessionCode) + decisions.countAtSession(sessionCode);
    }

    @Override
    public String what() {
        return "versions or lists of decisions";
    }
}
