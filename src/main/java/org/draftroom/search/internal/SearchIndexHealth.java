package org.draftroom.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import org.draftroom.search.IndexStatus;

/**
 * Readiness of search: UP while an index is served (also during a background rebuild, when the old one keeps
 * answering), OUT_OF_SERVICE while the first one is checked or built (searches answer 503 with the progress),
 * DOWN when the build failed (retried every minute).
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {
    private final SearchEngine engine;

    SearchIndexHealth(SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        IndexStatus status = engine.status();
        Status verdict = switch (status.state()) {
            case READY -> Status.UP;
            case STARTING, BUILDING -> Status.OUT_OF_SERVICE;
            case FAILED -> Status.DOWN;
        };
        return Health.status(verdict).withDetail("state", status.state().name()).withDetail("percent", status.percent())
                .withDetail("documents", status.documents()).build();
    }
}
