package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.draftroom.DraftroomIT;
import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

@DraftroomIT
class DemoAccountsIT {
    @Autowired
    UserStore store;
    @Autowired
    DelegationRegistry delegations;

    @Test
    void the_demo_profile_has_one_account_per_role_and_per_seed_delegation() {
        for (UserAccount expected : DemoAccounts.accounts()) {
            assertThat(store.find(expected.username())).as(expected.username()).contains(expected);
        }
        assertThat(DemoAccounts.accounts()).extracting(UserAccount::role)
                .contains(Role.SECRETARIAT, Role.CHAIR, Role.OBSERVER, Role.ADMIN, Role.DELEGATE);
    }

    @Test
    void every_demo_delegate_acts_for_a_state_the_registry_knows() {
        DemoAccounts.accounts().stream().filter(a -> a.role() == Role.DELEGATE).forEach(a ->
                assertThat(delegations.byId(a.delegationId()).map(Delegation::kind)).as(a.username())
                        .contains(Delegation.Kind.STATE));
    }
}
