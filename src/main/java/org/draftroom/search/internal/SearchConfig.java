package org.draftroom.search.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.draftroom.DraftroomSettings;

/** The index lives in {@code ${draftroom.data-dir}/index}; it is derived data and may be deleted at any time. */
@Configuration
class SearchConfig {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(DraftroomSettings settings) {
        return new SearchEngine(settings.dataDir().resolve("index"));
    }
}
