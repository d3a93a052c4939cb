package org.draftroom.api.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * A path under {@code /api/} that no controller maps is a 404 problem. Without this the request falls through
 * to the lowest handler, Vaadin's, which answers 200 with the application's HTML page and a session cookie.
 * Ordered right after the annotated controllers, so a known path with the wrong method still gets its 405.
 */
@Component
class UnknownApiPaths extends SimpleUrlHandlerMapping {

    UnknownApiPaths() {
        super(Map.of("/api/**", (HttpRequestHandler) (request, response) -> Problems.write(request, response,
                Problems.of(ProblemType.NOT_FOUND, "No operation of the API at " + request.getRequestURI()
                        + ": see /v3/api-docs for the operations there are."))), 1);
    }
}
