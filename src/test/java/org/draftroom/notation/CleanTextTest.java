package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CleanTextTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    static NegotiationDocument doc;
    static Renderer renderer = new Renderer(REGISTRY);

    @BeforeAll
    static void importSeed() {
        doc = new NotationImporter(REGISTRY).importText(SeedTexts.tor(), null).document();
    }

    /**
     * Delegation names left in a clean text. The base text itself names offices and a host country ("产权组织中国办事处",
     * "其中包括在哥伦比亚", "咨监委主席"): those are wording, not attributions, and are taken out before looking.
     */
    static List<String> namesIn(String text) {
        String wording = text.replaceAll("产权组织[^，。、\\s]{2,8}?办事处", "").replace("其中包括在哥伦比亚", "")
                .replace("咨监委主席", "");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < wording.length(); i++) {
            var hit = REGISTRY.longestMatchAt(wording, i);
            if (hit.isEmpty()) continue;
            Delegation.Kind kind = hit.get().delegation().kind();
            if (kind == Delegation.Kind.STATE || kind == Delegation.Kind.GROUP || kind == Delegation.Kind.CHAIR) {
                found.add(wording.substring(Math.max(0, i - 8), Math.min(wording.length(), hit.get().end() + 8)));
            }
        }
        return found;
    }

    @Test
    void clean_agreed_has_no_bracket_and_no_delegation_name() {
        String clean = renderer.cleanAgreed(doc);
        assertThat(clean).doesNotContain("[", "]", "［", "］", "——");
        assertThat(namesIn(clean)).isEmpty();
        assertThat(clean).contains("WO/PBC/34/15", "2021年评价产权组织驻外办事处的职权范围初稿", "B. 对 象",
                "产权组织驻外办事处是本组织在本土的延伸。", "产权组织新加坡办事处（WSO）");
        assertThat(clean).doesNotContain("产权组织纽约办事处", "本次评价的宗旨是进行");
    }

    @Test
    void clean_open_keeps_pending_passages_in_brackets_without_names() {
        String clean = renderer.cleanOpen(doc);
        assertThat(namesIn(clean)).isEmpty();
        assertThat(clean).doesNotContain("——");
        assertThat(clean).contains("[产权组织纽约办事处]", "[审查开设新驻外办事处的过程和可行性。]",
                "“评价的进行应”[本次评价的宗旨是进行]全面");
    }

    @Test
    void an_agreed_rewrite_is_applied_in_the_agreed_text() {
        // paragraph 17: the African Group's wording, agreed by the PBC ("PBC 同意")
        assertThat(renderer.cleanAgreed(doc)).contains("评价小组应具备以可信、客观、公平、透明和独立的方式进行评价所需的必要技能和知识。");
    }
}
