package org.draftroom.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

/** The users table. */
@Repository
public class UserStore {
    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, i) -> map(rs)).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by role, username").query((rs, i) -> map(rs)).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public void insert(UserAccount a, String hash) {
        jdbc.sql("""
                insert into app_user(username, display_name, role, delegation_id, enabled, password_hash)
                values (?, ?, ?, ?, ?, ?)""")
                .params(a.username(), a.displayName(), a.role().name(), a.delegationId(), a.enabled(), hash).update();
    }

    /** Disabling, a new role or delegation also raises the credential epoch: the old sessions end. */
    public void update(UserAccount a) {
        int n = jdbc.sql("""
                update app_user set credential_epoch = credential_epoch
                    + case when enabled <> ? or role <> ? or coalesce(delegation_id, '') <> coalesce(?, '') then 1 else 0 end,
                    display_name = ?, role = ?, delegation_id = ?, enabled = ? where username = ?""")
                .params(a.enabled(), a.role().name(), a.delegationId(),
                        a.displayName(), a.role().name(), a.delegationId(), a.enabled(), a.username()).update();
        if (n == 0) throw new IllegalArgumentException("no user " + a.username());
    }

    /** A new password ends every session and cached API credential of the account. */
    public void setPassword(String username, String hash) {
        int n = jdbc.sql("update app_user set password_hash = ?, credential_epoch = credential_epoch + 1 where username = ?")
                .params(hash, username).update();
        if (n == 0) throw new IllegalArgumentException("no user " + username);
    }

    /** The account and its current credential epoch, in one query (asked on every UI request). */
    public Optional<Stamped> findStamped(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, i) -> new Stamped(map(rs), rs.getLong("credential_epoch"))).optional();
    }

    /**
     * {@link #findStamped} read once per HTTP request: opening the room asks who is acting for every panel, button
     * and rule check (45 queries for one open of the ToR), and the answer cannot change in a way that matters
     * within the request: revocation takes effect on the session's next request (RevokedSessions). Outside a
     * request (push, background work) every call reads the table.
     */
    public Optional<Stamped> findStampedThisRequest(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return findStamped(username);
        String key = REQUEST_KEY + username;
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Stamped cached) return Optional.of(cached);
        Optional<Stamped> found = findStamped(username);
        found.ifPresent(stamped -> request.setAttribute(key, stamped, RequestAttributes.SCOPE_REQUEST));
        return found;
    }

    private static final String REQUEST_KEY = UserStore.class.getName() + ".stamped.";

    public record Stamped(UserAccount account, long epoch) {
    }

    private static UserAccount map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("delegation_id"), rs.getBoolean("enabled"));
    }
}
