package org.draftroom.documents.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.draftroom.documents.HeavyWork;

/**
 * Document writes of this process take their turn here, first come first served, before their transaction
 * borrows a connection. The database serialises them anyway (every change locks the one audit chain head row,
 * ADR 0011), but waiting for that row lock, 32 API writers held all ten pooled connections (the Idempotency-Key
 * rows' short commits and every read then waited for a connection behind them) and H2 wakes its waiters in no
 * order, so some waited far longer than the mean (RoomApiLoadIT: p95 1.5 s at a mean wait of 0.67 s). Writers
 * of other processes on the same database still queue on the row lock, as before.
 */
@Component
public class WriteTurns {
    /** A turn not had by then is refused as busy (503, nothing written); the queue is normally under a second. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private final ReentrantLock turn = new ReentrantLock(true);
    private final Duration maxWait;

    @Autowired
    WriteTurns() {
        this(MAX_WAIT);
    }

    WriteTurns(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /**
     * Runs {@code write} (which opens its own transaction) in this process's turn. Called inside a transaction,
     * it runs at once: that caller holds a connection already, and must not keep it while it waits here.
     */
    public <T> T inTurn(Supplier<T> write) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || turn.isHeldByCurrentThread()) {
            return write.get();
        }
        try {
            if (!turn.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new HeavyWork.Busy("the server is busy with other changes (no turn to write after "
                        + maxWait.toSeconds() + " s); nothing was written, try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn to write; nothing was written", e);
        }
        try {
            return write.get();
        } finally {
            turn.unlock();
        }
    }

    /** Writers waiting for their turn now (for tests and diagnostics). */
    int waiting() {
        return turn.getQueueLength();
    }
}
