package org.draftroom.exports.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;

class NamesTest {
    static final String RLO = "\u202E";
    final Names names = new Names((id, locale) -> Map.of("PK", "Pakistan", "XX", RLO + "Evilland", "EG", "مصر",
            "CN", "中国", "DZ", "Algeria", "AFRICAN_GROUP", "African Group").get(id));

    @Test
    void a_name_with_an_override_character_is_isolated_so_it_cannot_flip_the_attribution_after_it() {
        String line = names.actors(new Actors(List.of("XX", "PK"), null), Labels.of("en"));
        assertThat(line).startsWith("\u2068" + RLO + "Evilland\u2069");
        assertThat(line).endsWith("Pakistan");
    }

    @Test
    void right_to_left_names_are_isolated_and_latin_or_chinese_names_stay_byte_for_byte() {
        assertThat(names.name("EG", "en")).isEqualTo("\u2068مصر\u2069");
        assertThat(names.name("PK", "en")).isEqualTo("Pakistan");
        assertThat(names.name("CN", "zh")).isEqualTo("中国");
    }

    @Test
    void a_delegation_speaks_on_behalf_of_the_group_in_english_exports() {
        assertThat(names.actors(new Actors(List.of("DZ"), "AFRICAN_GROUP"), Labels.of("en")))
                .isEqualTo("Algeria on behalf of the African Group");
    }
}
