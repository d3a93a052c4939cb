package org.draftroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserService;

/** The admin users view, driven through Karibu's server-side mock of Vaadin with the real Spring services. */
@DraftroomIT
class UsersViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    UserService users;
    @Autowired
    DelegationRegistry delegations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/users");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private void signIn(String username, Role role) {
        KaribuUi.signIn(context, username, role);
    }

    private static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount stored(String username) {
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username, Role role, String delegationId, String password) {
        _setValue(_get(TextField.class, s -> s.withId("new-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("new-display-name")), "Test " + username);
        _setValue((Select<Role>) _get(Select.class, s -> s.withId("new-role")), role);
        if (delegationId != null) {
            _setValue((ComboBox<Delegation>) _get(ComboBox.class, s -> s.withId("new-delegation")),
                    delegations.byId(delegationId).orElseThrow());
        }
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), password);
        _click(_get(Button.class, s -> s.withId("create-user")));
    }

    @SuppressWarnings("unchecked")
    private Button rowButton(String username, String idPrefix) {
        Grid<UserAccount> grid = _get(Grid.class, s -> s.withId("users-grid"));
        List<UserAccount> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withId(idPrefix + username));
    }

    @Test
    void an_admin_creates_a_delegate_bound_to_a_state_and_sees_it_listed() {
        String name = uniqueName("kt-");
        fillNewUser(name, Role.DELEGATE, "PK", "correct horse");
        assertThat(stored(name)).isEqualTo(new UserAccount(name, "Test " + name, Role.DELEGATE, "PK", true));
        Grid<UserAccount> grid = _get(Grid.class, s -> s.withId("users-grid"));
        assertThat(GridKt._findAll(grid)).extracting(UserAccount::username).contains(name);
    }

    @Test
    void a_delegate_without_a_delegation_or_with_a_short_password_is_not_created() {
        String noDelegation = uniqueName("kt-");
        fillNewUser(noDelegation, Role.DELEGATE, null, "correct horse");
        assertThat(stored(noDelegation)).isNull();
        String shortPassword = uniqueName("kt-");
        fillNewUser(shortPassword, Role.OBSERVER, null, "short");
        assertThat(stored(shortPassword)).isNull();
    }

    @Test
    void a_common_password_or_one_that_is_the_user_name_is_refused_on_create_and_on_reset() {
        String eight = uniqueName("kt-");
        fillNewUser(eight, Role.OBSERVER, null, "12345678");
        assertThat(stored(eight)).isNull();
        String ownName = uniqueName("kt-own-");
        fillNewUser(ownName, Role.OBSERVER, null, ownName);
        assertThat(stored(ownName)).as("password equal to the user name").isNull();
        String common = uniqueName("kt-");
        fillNewUser(common, Role.OBSERVER, null, "qwerty123456");
        assertThat(stored(common)).as("a listed common password").isNull();

        String name = uniqueName("kt-");
        fillNewUser(name, Role.OBSERVER, null, "correct horse");
        assertThatThrownBy(() -> users.resetPassword(name, "Password123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> users.resetPassword(name, name + "-2026")).hasMessageContaining("user name");
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(name).query(String.class).single();
        assertThat(encoder.matches("correct horse", hash)).as("a refused reset changes nothing").isTrue();
    }

    @Test
    void an_admin_disables_and_re_enables_a_user() {
        String name = uniqueName("kt-");
        fillNewUser(name, Role.OBSERVER, null, "correct horse");
        _click(rowButton(name, "toggle-"));
        assertThat(stored(name).enabled()).isFalse();
        _click(rowButton(name, "toggle-"));
        assertThat(stored(name).enabled()).isTrue();
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        _click(rowButton("admin", "toggle-"));
        assertThat(stored("admin").enabled()).isTrue();
    }

    @Test
    void an_admin_resets_a_password() {
        String name = uniqueName("kt-");
        fillNewUser(name, Role.CHAIR, null, "first password");
        _click(rowButton(name, "reset-"));
        _setValue(_get(PasswordField.class, s -> s.withId("reset-password")), "second password");
        _click(_get(Button.class, s -> s.withId("confirm-reset")));
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(name).query(String.class).single();
        assertThat(encoder.matches("second password", hash)).isTrue();
        assertThat(encoder.matches("first password", hash)).isFalse();
    }

    @Test
    void the_view_is_closed_to_everyone_but_admins() {
        KaribuUi.tearDown();
        signIn("observer", Role.OBSERVER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UsersView.class);
    }
}
