package org.draftroom.security.ui;

import java.util.Comparator;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.security.UserService;

/** Admins list, create, enable/disable users and reset passwords; every change goes through {@link UserService}. */
@Route("admin/users")
@PageTitle("Draftroom")
@Menu(title = "users.menu", order = 95)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {
    private final UserService users;
    private final DelegationRegistry delegations;
    private static final java.time.format.DateTimeFormatter LOCK_TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    private final Grid<UserAccount> grid = new Grid<>();

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<Delegation> delegation = new ComboBox<>();
    final PasswordField password = new PasswordField();

    public UsersView(UserService users, DelegationRegistry delegations) {
        this.users = users;
        this.delegations = delegations;
        setSizeFull();
        add(new H2(getTranslation("users.title")), createForm(), grid);
        configureGrid();
        setFlexGrow(1, grid);
        refresh();
    }

    private FormLayout createForm() {
        username.setLabel(getTranslation("users.username"));
        username.setId("new-username");
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setId("new-display-name");
        role.setLabel(getTranslation("users.role"));
        role.setId("new-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.OBSERVER);
        delegation.setLabel(getTranslation("users.delegation"));
        delegation.setId("new-delegation");
        delegation.setItems(delegations.states().stream()
                .sorted(Comparator.comparing((Delegation d) -> d.name(language()))).toList());
        delegation.setItemLabelGenerator(d -> d.name(language()) + " (" + d.id() + ")");
        delegation.setEnabled(false);
        role.addValueChangeListener(e -> {
            delegation.setEnabled(e.getValue() == Role.DELEGATE);
            if (e.getValue() != Role.DELEGATE) delegation.clear();
        });
        password.setLabel(getTranslation("users.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.password.rule", UserService.MIN_PASSWORD));
        Button create = new Button(getTranslation("users.create"), e -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, role, delegation, password, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.display-name")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(u -> u.delegationId() == null ? "" : delegations.displayName(u.delegationId(), getLocale()))
                .setHeader(getTranslation("users.delegation")).setAutoWidth(true);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("users.actions")).setAutoWidth(true);
    }

    private HorizontalLayout actions(UserAccount user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), e -> run(() ->
                users.update(new UserAccount(user.username(), user.displayName(), user.role(), user.delegationId(),
                        !user.enabled())), "users.saved"));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setId("toggle-" + user.username());
        Button reset = new Button(getTranslation("users.reset"), e -> resetDialog(user).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setId("reset-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(toggle, reset);
        users.lock(user.username()).ifPresent(lock -> {
            Button unlock = new Button(getTranslation("users.unlock"), e -> run(() -> users.unlock(user.username()), "users.unlocked"));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            unlock.setId("unlock-" + user.username());
            actions.add(unlock);
        });
        return actions;
    }

    /** Enabled or disabled, and a lock after wrong passwords from many sources, which an admin must see. */
    private String status(UserAccount user) {
        String status = getTranslation(user.enabled() ? "users.enabled" : "users.disabled");
        return users.lock(user.username()).map(lock -> status + " · " + getTranslation("users.locked",
                        LOCK_TIME.format(lock.until().atZone(java.time.ZoneId.systemDefault())), lock.failures(), lock.sources()))
                .orElse(status);
    }

    private Dialog resetDialog(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.reset.title", user.username()));
        PasswordField newPassword = new PasswordField(getTranslation("users.password"));
        newPassword.setId("reset-password");
        newPassword.setHelperText(getTranslation("users.password.rule", UserService.MIN_PASSWORD));
        Button save = new Button(getTranslation("users.reset"), e -> {
            if (run(() -> users.resetPassword(user.username(), newPassword.getValue()), "users.password-reset")) dialog.close();
        });
        save.setId("confirm-reset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(newPassword);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void create() {
        Role r = role.getValue();
        String delegationId = r == Role.DELEGATE && delegation.getValue() != null ? delegation.getValue().id() : null;
        if (r == Role.DELEGATE && delegationId == null) {
            error(getTranslation("users.delegation.required"));
            return;
        }
        boolean ok = run(() -> users.create(new UserAccount(username.getValue().trim().toLowerCase(Locale.ROOT),
                displayName.getValue().trim(), r, delegationId, true), password.getValue()), "users.created");
        if (ok) {
            username.clear();
            displayName.clear();
            password.clear();
            delegation.clear();
        }
    }

    /** Runs a service call; the service's own checks (and their messages) are what the admin sees. */
    private boolean run(Runnable action, String successKey) {
        try {
            action.run();
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            error(e.getMessage());
            return false;
        }
        Notification.show(getTranslation(successKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private void error(String message) {
        Notification n = Notification.show(message);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private String language() {
        Locale locale = getLocale();
        return locale == null ? "en" : locale.getLanguage();
    }
}
