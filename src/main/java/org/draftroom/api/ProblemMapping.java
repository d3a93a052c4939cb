package org.draftroom.api;

import java.util.Optional;

import org.springframework.http.ProblemDetail;

/**
 * How one module's exceptions read over HTTP. Each module with a REST API declares one bean in its {@code api}
 * package; the API-wide advice asks them all (for the exception and each of its causes) before falling back to
 * the generic rules. A mapping only builds the problem ({@link Problems#of}); it never writes a response.
 */
public interface ProblemMapping {
    /** The problem for this exception, or empty when it is not one of this module's. */
    Optional<ProblemDetail> problemFor(Throwable e);
}
