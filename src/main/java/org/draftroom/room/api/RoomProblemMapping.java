package org.draftroom.room.api;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import org.draftroom.api.ProblemMapping;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;
import org.draftroom.room.RoomConflictException;
import org.draftroom.room.RoomRuleViolation;
import org.draftroom.room.internal.DocumentEdits;

/** How the room's refusals read over HTTP: which rule, which revisions. */
@Component
class RoomProblemMapping implements ProblemMapping {
    static final ProblemType ROOM_RULE = new ProblemType("room-rule", HttpStatus.FORBIDDEN, "Refused by the room's rules");
    static final ProblemType WORDING_CONFLICT = new ProblemType("wording-conflict", HttpStatus.CONFLICT,
            "The wording changed meanwhile");
    static final ProblemType NOT_IN_DOCUMENT = new ProblemType("not-in-document", HttpStatus.NOT_FOUND,
            "No such block, proposal or chair's text in the document");

    @Override
    public Optional<ProblemDetail> problemFor(Throwable e) {
        return Optional.ofNullable(switch (e) {
            case RoomRuleViolation refused -> {
                ProblemDetail p = Problems.of(ROOM_RULE, refused.getMessage());
                p.setProperty("operation", refused.operation());
                yield p;
            }
            case RoomConflictException conflict -> {
                ProblemDetail p = Problems.of(WORDING_CONFLICT, conflict.getMessage());
                p.setProperty("baseRevision", conflict.baseRevision());
                p.setProperty("currentRevision", conflict.currentRevision());
                yield p;
            }
            case DocumentEdits.NotFound missing -> Problems.of(NOT_IN_DOCUMENT, missing.getMessage());
            default -> null;
        });
    }
}
