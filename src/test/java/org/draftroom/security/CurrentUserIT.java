package org.draftroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.draftroom.DraftroomIT;
import org.draftroom.security.internal.UserStore;
import org.draftroom.testkit.SignIn;

/** Who is acting is read once per HTTP request, and afresh on the next one (where revocation takes effect). */
@DraftroomIT
class CurrentUserIT {
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserStore store;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private UserAccount newObserver() {
        UserAccount account = new UserAccount("reader-" + System.nanoTime(), "Reader", Role.OBSERVER, null, true);
        store.insert(account, "{noop}unused");
        SecurityContextHolder.getContext().setAuthentication(SignIn.authentication(account.username(), "OBSERVER"));
        return account;
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void a_request_reads_the_account_once_and_the_next_request_sees_it_disabled() {
        UserAccount account = newObserver();
        newRequest();
        assertThat(currentUser.get()).contains(account);

        store.update(new UserAccount(account.username(), "Reader", Role.OBSERVER, null, false));
        assertThat(currentUser.get()).as("the same request keeps the answer it read").contains(account);

        newRequest();
        assertThat(currentUser.get()).as("the next request reads the table again").isEmpty();
    }

    @Test
    void outside_a_request_every_call_reads_the_table() {
        UserAccount account = newObserver();
        assertThat(currentUser.get()).contains(account);
        store.update(new UserAccount(account.username(), "Reader", Role.OBSERVER, null, false));
        assertThat(currentUser.get()).isEmpty();
    }
}
