package org.draftroom.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.draftroom.DraftroomIT;

/**
 * ADR 0011: appends to the audit chain are serialised by the database's lock on the chain head row, not by a lock
 * in one JVM, so nodes on one database chain correctly. Two transactions on two connections stand in for two
 * nodes: the second waits for the head until the first has ended. Runs on H2 and on PostgreSQL (ADR 0014).
 */
@DraftroomIT
class AuditChainHeadLockIT {
    @Autowired
    AuditStore store;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_second_transaction_waits_for_the_chain_head_until_the_first_one_ends() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        CompletableFuture<AuditStore.Head> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            AuditStore.Head head = store.lockHead();
            firstHolds.countDown();
            await(firstMayEnd);
            return head;
        }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).as("the first transaction took the head").isTrue();

        CompletableFuture<AuditStore.Head> second = CompletableFuture.supplyAsync(() -> tx.execute(status -> store.lockHead()));
        assertThat(second).as("the second transaction waits while the first holds the head")
                .failsWithin(1500, TimeUnit.MILLISECONDS).withThrowableOfType(TimeoutException.class);

        firstMayEnd.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(second.get(30, TimeUnit.SECONDS)).as("the head once the first transaction ended").isNotNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the test never let go");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
