package org.draftroom.search.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index lives in {@code ${draftroom.data-dir}/index}; it is derived data and may be deleted at any time. */
@Configuration
class SearchConfig {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(@Value("${draftroom.data-dir}") String dataDir) {
        return new SearchEngine(Path.of(dataDir).resolve("index"));
    }
}
