package org.draftroom.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.draftroom.search.internal.IndexMaintainer;
import org.draftroom.search.internal.SearchEngine;

/**
 * Searching negotiation texts. Searches run as the signed-in user. Until the index is ready (first start,
 * rebuild after corruption or a schema change) the result carries the build progress instead of hits.
 */
@Service
public class SearchService {
    private final SearchEngine engine;
    private final IndexMaintainer maintainer;

    SearchService(SearchEngine engine, IndexMaintainer maintainer) {
        this.engine = engine;
        this.maintainer = maintainer;
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchRequest request) {
        return engine.search(request);
    }

    @PreAuthorize("isAuthenticated()")
    public IndexStatus status() {
        return engine.status();
    }

    /** Rebuilds the index from the stored documents in the background; the current index serves meanwhile. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public void rebuild() {
        maintainer.rebuildInBackground("requested by an administrator");
    }
}
