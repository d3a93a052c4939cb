package org.draftroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.draftroom.testkit.TestFaults;

/**
 * Integration tests share one application context (same properties = one cached context, one start-up per
 * test run) with a fresh data directory under target/ and the demo profile, so the seed is loaded.
 * Tests must therefore not depend on being alone in the database: create what you need, use unique names.
 * {@link TestFaults} lets a test make a request fail inside the server (header {@code X-Draftroom-Test-Fault}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"draftroom.data-dir=target/it-data/${random.uuid}", "spring.profiles.active=demo"})
@Import(TestFaults.class)
public @interface DraftroomIT {
}
