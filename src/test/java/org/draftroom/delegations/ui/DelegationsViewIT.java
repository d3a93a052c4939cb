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
import com.vaadin.flow.component.select.Select;
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
        assertThat(GridKt._findAll(states)).hasSize(195).extracting(Delegation::id).doesNotContain("AQ", "AS", "AI");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_a_forum_shows_only_the_groups_it_seats() {
        Grid<Delegation> groups = _get(Grid.class, s -> s.withClasses("groups-grid"));
        assertThat(GridKt._findAll(groups)).extracting(Delegation::id).contains("GROUP_B", "G77", "AOSIS", "CHAIR");
        Select<String> forum = _get(Select.class, s -> s.withClasses("forum-choice"));
        _setValue(forum, "UN");
        assertThat(GridKt._findAll(groups)).extracting(Delegation::id)
                .contains("G77", "AOSIS", "AFRICAN_GROUP", "EU", "CHAIR").doesNotContain("GROUP_B", "GRULAC");
        _setValue(forum, "WIPO");
        assertThat(GridKt._findAll(groups)).extracting(Delegation::id)
                .contains("GROUP_B", "GRULAC", "AFRICAN_GROUP", "EU", "CHAIR").doesNotContain("G77", "AOSIS");
        Grid<Delegation> states = _get(Grid.class, s -> s.withClasses("states-grid"));
        assertThat(GridKt._findAll(states)).hasSize(195);
    }

    @Test
    @SuppressWarnings("unchecked")
    void states_are_listed_by_their_un_names_with_their_formal_names() {
        Grid<Delegation> states = _get(Grid.class, s -> s.withClasses("states-grid"));
        _setValue(_get(TextField.class), "KP");
        assertThat(GridKt._getFormattedRow(states, 0)).contains("朝鲜民主主义人民共和国",
                "Democratic People's Republic of Korea");
        _setValue(_get(TextField.class), "Viet Nam");
        assertThat(GridKt._findAll(states)).extracting(Delegation::id).containsExactly("VN");
        assertThat(GridKt._getFormattedRow(states, 0)).contains("越南社会主义共和国");
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
