package org.draftroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

import org.draftroom.testkit.TestDatabase;
import org.draftroom.testkit.TestFaults;

/**
 * Integration tests share one application context (same properties = one cached context, one start-up per
 * test run) with a fresh data directory under target/ and the demo profile, so the seed is loaded.
 * Tests must therefore not depend on being alone in the database: create what you need, use unique names.
 * The database is H2 in that directory, or with {@code -Ddraftroom.test.database=postgresql} a database of its own
 * on a real PostgreSQL server ({@link TestDatabase}).
 * {@link TestFaults} lets a test make a request fail inside the server (header {@code X-Draftroom-Test-Fault}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"draftroom.data-dir=target/it-data/${random.uuid}", "spring.profiles.active=demo"})
@Import(TestFaults.class)
@ContextCustomizerFactories(TestDatabase.class)
public @interface DraftroomIT {
}
