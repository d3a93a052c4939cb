package org.draftroom.exports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.exports.DecisionService;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.internal.seed.DemoBundles;
import org.draftroom.security.Role;

/** Decisions, the A/64/7 bundle and the revised budget page, reachable from the UI where the seed is. */
@DraftroomIT
class PublicationsViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionService decisions;
    @Autowired
    ExportService exports;
    @Autowired
    DemoBundles demo;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void a_reader_sees_the_seeds_lists_of_decisions_and_links_to_the_bundle_and_the_budget_page() {
        KaribuUi.signIn(context, "observer", Role.OBSERVER);
        UI.getCurrent().navigate("publications");
        PublicationsView view = _get(PublicationsView.class);

        assertThat(_find(view.lists, DecisionListPanel.class)).extracting(DecisionListPanel::getSummaryText)
                .anySatisfy(s -> assertThat(s).startsWith("WO/PBC/35/7"))
                .anySatisfy(s -> assertThat(s).startsWith("WO/PBC/36/12"));
        assertThat(view.lists.getElement().getTextRecursively()).contains("Agenda item 1: 会议开幕");
        assertThat(view.bundle.isVisible()).isTrue();
        assertThat(_find(view.bundle, Anchor.class)).extracting(a -> a.getId().orElseThrow())
                .containsExactly("a64-7-pdf", "a64-7-docx", "a64-7-akn");
        assertThat(view.budget.isVisible()).isTrue();
        assertThat(_find(view.budget, Anchor.class)).extracting(a -> a.getId().orElseThrow())
                .containsExactly("budget-html", "budget-pdf", "budget-docx", "budget-akn");
        assertThat(_get(view.budget, Anchor.class, s -> s.withId("budget-html")).getTarget()).hasValue("_blank");
    }

    @Test
    void outside_the_demo_profile_the_seed_outputs_are_not_offered() {
        KaribuUi.signIn(context, "secretariat", Role.SECRETARIAT);
        PublicationsView view = new PublicationsView(decisions, exports, demo, new MockEnvironment()
                .withProperty("spring.profiles.active", "prod"));

        assertThat(view.bundle.isVisible()).isFalse();
        assertThat(view.budget.isVisible()).isFalse();
        assertThat(_find(view, Anchor.class)).isEmpty();
    }
}
