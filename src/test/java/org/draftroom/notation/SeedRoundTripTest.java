package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.testkit.SeedTexts;
import org.draftroom.delegations.DelegationRegistry;
import org.junit.jupiter.api.Test;

class SeedRoundTripTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();

    @Test
    void importing_the_seed_and_rendering_it_marked_up_gives_back_the_seed_text() {
        String seed = SeedTexts.tor();
        ImportResult result = new NotationImporter(REGISTRY).importText(seed, ImportOptions.fromHeader());
        String marked = new Renderer(REGISTRY).marked(result.document());
        double ratio = CharacterSimilarity.ratio(seed, marked);
        System.out.printf("ROUND-TRIP similarity (seed ToR, whitespace removed, brackets unified): %.4f %%%n",
                ratio * 100);
        assertThat(ratio).as(CharacterSimilarity.differences(seed, marked, 40)).isGreaterThanOrEqualTo(0.995);
    }
}
