package org.draftroom.reliability;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 10,000 generated inputs per run (see {@link ImporterFuzz} for what they are and what must hold); the bench
 * profile's ImporterFuzzBenchmark runs the same properties with many more.
 */
class ImporterFuzzTest {

    @Provide
    Arbitrary<String> negotiationLike() {
        return ImporterFuzz.negotiationLike();
    }

    @Provide
    Arbitrary<String> anyString() {
        return ImporterFuzz.anyString();
    }

    @Property(tries = ImporterFuzz.TRIES_PER_PROPERTY)
    void notation_like_input_imports_whole_or_fails_with_a_position(@ForAll("negotiationLike") String text) {
        ImporterFuzz.check(text);
    }

    @Property(tries = ImporterFuzz.TRIES_PER_PROPERTY)
    void arbitrary_strings_import_whole_or_fail_with_a_position(@ForAll("anyString") String text) {
        ImporterFuzz.check(text);
    }
}
