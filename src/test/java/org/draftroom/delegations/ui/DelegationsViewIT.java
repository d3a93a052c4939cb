package org.draftroom.delegations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.delegations.Delegation;
import org.draftroom.security.Role;

@DraftroomIT
class DelegationsViewIT {
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void open() {
        KaribuUi.signIn(context, "observer", Role.OBSERVER);
        UI.getCurrent().setLocale(Locale.CHINESE);
        UI.getCurrent().navigate("delegations");
    }

    @AfterEach
    void close() {
        KaribuUi.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void any_signed_in_user_sees_groups_with_members_and_every_state() {
        Grid<Delegation> groups = _get(Grid.class, s -> s.withClasses("groups-grid"));
        assertThat(GridKt._findAll(groups)).extracting(Delegation::id)
                .contains("AFRICAN_GROUP", "GROUP_B", "CHINA_GROUP", "CHAIR", "SECRETARIAT", "COMMITTEE");
        Grid<Delegation> states = _get(Grid.class, s -> s.withClasses("states-grid"));
        assertThat(GridKt._findAll(states)).hasSize(Locale.getISOCountries().length);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_state_list_filters_by_a_name_in_any_language() {
        _setValue(_get(TextField.class), "巴基斯坦");
        Grid<Delegation> states = _get(Grid.class, s -> s.withClasses("states-grid"));
        assertThat(GridKt._findAll(states)).extracting(Delegation::id).containsExactly("PK");
        _setValue(_get(TextField.class), "russian federation");
        assertThat(GridKt._findAll(states)).extracting(Delegation::id).containsExactly("RU");
    }
}
