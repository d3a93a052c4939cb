package org.draftroom.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.draftroom.documents.HeavyWork;

class WriteTurnsTest {
    private final WriteTurns turns = new WriteTurns(Duration.ofSeconds(10));

    @Test
    void a_writer_that_comes_back_at_once_waits_behind_those_already_queued() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread greedy = Thread.ofVirtual().start(() -> {
            turns.inTurn(() -> {
                holding.countDown();
                await(release);
                return order.add("greedy 1");
            });
            // the busiest client sends its next write the moment its answer leaves
            turns.inTurn(() -> order.add("greedy 2"));
        });
        holding.await();
        List<Thread> queued = new ArrayList<>();
        for (String name : List.of("b", "c")) {
            int before = turns.waiting();
            queued.add(Thread.ofVirtual().start(() -> turns.inTurn(() -> order.add(name))));
            waitUntil(() -> turns.waiting() > before);
        }
        release.countDown();
        greedy.join();
        for (Thread t : queued) t.join();
        assertThat(order).containsExactly("greedy 1", "b", "c", "greedy 2");
    }

    @Test
    void a_writer_inside_a_transaction_does_not_wait_for_a_turn_while_it_holds_a_connection() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = holdTurn(turns, release);
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThat(turns.inTurn(() -> "ran")).isEqualTo("ran");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
            release.countDown();
            holder.join();
        }
    }

    @Test
    void a_turn_not_had_in_time_is_refused_as_busy_and_nothing_runs() throws Exception {
        WriteTurns quick = new WriteTurns(Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = holdTurn(quick, release);
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> quick.inTurn(() -> ran.add("late"))).isInstanceOf(HeavyWork.Busy.class)
                .hasMessageContaining("nothing was written");
        release.countDown();
        holder.join();
        assertThat(ran).isEmpty();
        assertThat(quick.inTurn(() -> "free again")).isEqualTo("free again");
    }

    /** A writer that has its turn, until {@code release}. */
    private static Thread holdTurn(WriteTurns turns, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> turns.inTurn(() -> {
            holding.countDown();
            return await(release);
        }));
        holding.await();
        return holder;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met in 10 s");
            Thread.sleep(1);
        }
    }
}
