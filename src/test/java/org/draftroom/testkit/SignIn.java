package org.draftroom.testkit;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way tests sign in inside the application (services, views): as a demo account, with the role that
 * account has in the demo profile. Over HTTP, tests sign in with {@link Api} (HTTP Basic) instead.
 */
public final class SignIn {
    /** The demo accounts that are not delegates; every other demo account is a delegate of its state. */
    private static final Map<String, String> ROLES = Map.of("secretariat", "SECRETARIAT", "chair", "CHAIR",
            "observer", "OBSERVER", "admin", "ADMIN");

    private SignIn() {
    }

    /** The role of a demo account ("SECRETARIAT", "DELEGATE", ...). */
    public static String roleOf(String username) {
        return ROLES.getOrDefault(username, "DELEGATE");
    }

    /** A signed-in demo user as Spring Security sees it after a successful login. */
    public static Authentication authentication(String username) {
        return authentication(username, roleOf(username));
    }

    /** A signed-in user with a given role, for the access matrices that try every role. */
    public static Authentication authentication(String username, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    /** Signs the current thread in as the user until {@link #out()}. */
    public static void in(String username) {
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(authentication(username));
        SecurityContextHolder.setContext(ctx);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Does the work signed in as the user, then restores whoever was signed in before. */
    public static <T> T as(String username, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        in(username);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
