package org.draftroom.room.internal;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/**
 * The room's no-word-lost property ({@link RoomActionsPropertiesTest}) in the benchmark profile, with 20,000
 * action sequences instead of the test command's 1,000. It prints {@code BENCH room-action-sequences} once done.
 */
class RoomActionsBenchmark {
    private static final int SEQUENCES = 20_000;
    private static final long START = System.nanoTime();
    private static int runs;

    @Property(tries = SEQUENCES)
    void twenty_thousand_sequences_of_room_actions_lose_no_word(@ForAll("sessions") ActionChain<RoomActionsPropertiesTest.Session> chain) {
        chain.withInvariant("every word is kept or named", RoomActionsPropertiesTest.Session::check).run();
        if (++runs == SEQUENCES) {
            System.out.printf("BENCH room-action-sequences %d sequences in %d ms%n", runs, (System.nanoTime() - START) / 1_000_000);
        }
    }

    @Provide
    Arbitrary<ActionChain<RoomActionsPropertiesTest.Session>> sessions() {
        return new RoomActionsPropertiesTest().sessions();
    }
}
