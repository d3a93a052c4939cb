package org.draftroom.documents.api;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import org.draftroom.api.ProblemMapping;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.EditConflictException;
import org.draftroom.documents.HeavyWork;
import org.draftroom.documents.RevisionPreconditionFailed;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.notation.ImportException;

/** The documents module's failures wherever they surface (another module's API may hit an edit conflict). */
@Component
class DocumentsProblemMapping implements ProblemMapping {
    static final ProblemType DOCUMENT_NOT_FOUND = new ProblemType("document-not-found", HttpStatus.NOT_FOUND,
            "Document not found");
    static final ProblemType EDIT_CONFLICT = new ProblemType("edit-conflict", HttpStatus.CONFLICT, "Edit conflict");
    /** A text body (wording, position, upload) over its limit is 413, a field (symbol, title, co-sponsors) 400. */
    static final ProblemType TEXT_TOO_LONG = new ProblemType("too-long", HttpStatus.CONTENT_TOO_LARGE, "Too long");
    static final ProblemType FIELD_TOO_LONG = new ProblemType("field-too-long", HttpStatus.BAD_REQUEST,
            "A field is longer than its limit");
    static final ProblemType UNREADABLE = new ProblemType("unreadable-input", HttpStatus.BAD_REQUEST,
            "Unreadable input");

    @Override
    public Optional<ProblemDetail> problemFor(Throwable e) {
        return Optional.ofNullable(switch (e) {
            // every module's limits (TextLimits is the model's): with the field and the limit, so a client can cut
            case TextLimits.TooLong tooLong -> {
                ProblemDetail p = Problems.of(tooLong.content() ? TEXT_TOO_LONG : FIELD_TOO_LONG, tooLong.getMessage());
                p.setProperty("field", tooLong.field());
                p.setProperty("limit", tooLong.limit());
                p.setProperty("actual", tooLong.actual());
                yield p;
            }
            case HeavyWork.Busy busy -> {
                ProblemDetail p = Problems.of(ProblemType.UNAVAILABLE, busy.getMessage());
                yield p;
            }
            case DocumentNotFoundException missing -> Problems.of(DOCUMENT_NOT_FOUND, missing.getMessage());
            case EditConflictException conflict -> {
                ProblemDetail p = Problems.of(EDIT_CONFLICT, conflict.getMessage());
                p.setProperty("expectedRevision", conflict.expectedRevision());
                p.setProperty("actualRevision", conflict.actualRevision());
                yield p;
            }
            case RevisionPreconditionFailed stale -> {
                ProblemDetail p = Problems.of(ProblemType.PRECONDITION_FAILED, stale.getMessage());
                p.setProperty("expectedRevision", stale.expectedRevision());
                p.setProperty("currentRevision", stale.currentRevision());
                yield p;
            }
            // {error, line, column} besides the standard fields, so a client can point at the spot
            case ImportException unreadable -> {
                String prefix = unreadable.line() + ":" + unreadable.column() + ": ";
                String error = unreadable.getMessage().startsWith(prefix)
                        ? unreadable.getMessage().substring(prefix.length()) : unreadable.getMessage();
                ProblemDetail p = Problems.of(UNREADABLE, "line " + unreadable.line() + ", column "
                        + unreadable.column() + ": " + error);
                p.setProperty("error", error);
                p.setProperty("line", unreadable.line());
                p.setProperty("column", unreadable.column());
                yield p;
            }
            default -> null;
        });
    }
}
