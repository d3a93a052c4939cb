package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordCheckBudgetTest {
    @Test
    void checks_beyond_the_rate_are_refused_at_once_and_the_budget_refills_with_time() throws Exception {
        PasswordCheckBudget budget = new PasswordCheckBudget(2);
        assertThat(budget.tryStart()).isTrue();
        budget.finish();
        assertThat(budget.tryStart()).isTrue();
        budget.finish();
        long before = System.nanoTime();
        assertThat(budget.tryStart()).as("the second's two checks are spent").isFalse();
        assertThat(System.nanoTime() - before).as("refused without waiting").isLessThan(50_000_000L);
        Thread.sleep(600);
        assertThat(budget.tryStart()).as("half a second later one more").isTrue();
        budget.finish();
    }

    @Test
    void only_one_rationed_check_runs_at_a_time() {
        PasswordCheckBudget budget = new PasswordCheckBudget(100);
        assertThat(budget.tryStart()).isTrue();
        assertThat(budget.tryStart()).isFalse();
        budget.finish();
        assertThat(budget.tryStart()).isTrue();
        budget.finish();
    }
}
