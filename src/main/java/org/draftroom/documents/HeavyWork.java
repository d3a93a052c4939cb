package org.draftroom.documents;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * CPU-heavy steps of a request (a wording's diff, parsing an import) run here, on a few platform threads,
 * instead of on the virtual thread serving the request. A virtual thread that computes for seconds keeps its
 * carrier, and there are only as many carriers as cores: four large wordings made {@code GET /documents} wait
 * 38 s for everyone. The caller's virtual thread parks while it waits (its carrier serves other requests), the
 * pool leaves at least one core to everything else, and a full queue is refused with {@link Busy} (503 problem details).
 */
@Component
public class HeavyWork {
    /** Waiting jobs beyond the running ones; more are refused rather than piling up memory and latency. */
    static final int QUEUE = 32;
    private final ThreadPoolExecutor pool;

    HeavyWork() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "heavy-work-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on the pool and waits for it; its exceptions reach the caller as they were thrown. */
    public <T> T run(String what, Supplier<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work::get);
        } catch (RejectedExecutionException full) {
            throw new Busy("the server is busy with other large requests (" + what + "); try again in a moment");
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(what + " failed", e.getCause());
            }
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Too much heavy work queued already: answered 503, nothing was done. */
    public static final class Busy extends RuntimeException {
        public Busy(String message) {
            super(message);
        }
    }
}
