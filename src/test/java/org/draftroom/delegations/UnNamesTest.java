package org.draftroom.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.delegations.DelegationRegistryTest.idOf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnNamesTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();

    private static List<String> names(String language) {
        return REGISTRY.states().stream().map(d -> d.names().get(language)).toList();
    }

    @Test
    void the_english_list_names_states_as_the_un_does() {
        assertThat(names("en")).contains("Democratic People's Republic of Korea", "Viet Nam", "Türkiye",
                "Iran (Islamic Republic of)", "Republic of Korea", "Lao People's Democratic Republic",
                "Syrian Arab Republic", "Democratic Republic of the Congo", "Myanmar", "Côte d'Ivoire", "Bahamas")
                .doesNotContain("North Korea", "Vietnam", "Laos", "Syria", "Congo - Kinshasa", "Myanmar (Burma)",
                        "Iran", "Bahamas (the)");
        assertThat(names("zh")).contains("朝鲜民主主义人民共和国", "伊朗伊斯兰共和国", "越南", "美利坚合众国");
        assertThat(names("fr")).contains("Iran (République islamique d')", "République de Corée", "Afghanistan");
        assertThat(names("ru")).contains("Иран (Исламская Республика)", "Российская Федерация");
        assertThat(names("es")).contains("Irán (República Islámica del)", "Afganistán");
        assertThat(names("ar")).contains("جمهورية كوريا الشعبية الديمقراطية", "الاتحاد الروسي");
    }

    @Test
    void the_list_is_the_193_member_states_and_the_two_observer_states_not_every_iso_region() {
        assertThat(REGISTRY.states()).hasSize(195);
        assertThat(REGISTRY.states()).extracting(Delegation::id).contains("VA", "PS", "SS", "TR", "CI")
                .doesNotContain("AQ", "AS", "AI", "HK", "TW", "PR", "GL", "CK", "NU");
        assertThat(REGISTRY.byId("AQ")).isEmpty();
        assertThat(REGISTRY.resolve("Antarctica")).isEmpty();
        assertThat(REGISTRY.byId("PS").orElseThrow().name("en")).isEqualTo("State of Palestine");
        assertThat(REGISTRY.byId("VA").orElseThrow().name("zh")).isEqualTo("罗马教廷");
    }

    @Test
    void formal_names_in_six_languages_and_as_aliases_without_their_article() {
        assertThat(REGISTRY.formalName("IR", Locale.ENGLISH)).isEqualTo("the Islamic Republic of Iran");
        assertThat(REGISTRY.formalName("VN", Locale.CHINESE)).isEqualTo("越南社会主义共和国");
        assertThat(REGISTRY.formalName("FR", Locale.FRENCH)).isEqualTo("la République française");
        assertThat(REGISTRY.formalName("AFRICAN_GROUP", Locale.ENGLISH)).isEqualTo("African Group");
        assertThat(REGISTRY.states()).allSatisfy(s -> assertThat(s.formalNames().keySet())
                .containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es"));
        assertThat(idOf("Islamic Republic of Iran")).isEqualTo("IR");
        assertThat(idOf("République française")).isEqualTo("FR");
        assertThat(idOf("Socialist Republic of Viet Nam")).isEqualTo("VN");
    }

    @Test
    void cldr_names_and_the_seeds_short_forms_stay_aliases() {
        Map.of("North Korea", "KP", "Vietnam", "VN", "Laos", "LA", "Turkey", "TR", "美国", "US", "俄罗斯", "RU",
                "伊朗", "IR", "阿联酋", "AE").forEach((name, id) -> assertThat(idOf(name)).as(name).isEqualTo(id));
    }

    @Test
    void iso_codes_two_and_three_letters_name_states_in_capitals_only() {
        assertThat(REGISTRY.byCode("US").map(Delegation::id)).contains("US");
        assertThat(REGISTRY.byCode("USA").map(Delegation::id)).contains("US");
        assertThat(REGISTRY.byCode("CHL").map(Delegation::id)).contains("CL");
        assertThat(REGISTRY.byCode("usa")).isEmpty();
        assertThat(REGISTRY.byCode("ATA")).isEmpty();
        assertThat(REGISTRY.byCode("AQ")).isEmpty();
    }

    @Test
    void the_un_negotiating_groups_are_known_by_their_names_in_six_languages() {
        assertThat(REGISTRY.groups(Forum.UN)).extracting(Delegation::id).contains("G77", "EU", "AFRICAN_GROUP",
                "AOSIS", "LDC", "UMBRELLA", "LMDC", "ARAB_GROUP", "EIG", "AILAC", "BASIC", "ALBA", "SIDS");
        for (String name : List.of("G77", "G-77", "Group of 77 and China", "77国集团和中国", "Groupe des 77 et la Chine",
                "Grupo de los 77 y China", "Группа 77 и Китай", "مجموعة الـ 77 والصين")) {
            assertThat(idOf(name)).as(name).isEqualTo("G77");
        }
        assertThat(idOf("AGN")).isEqualTo("AFRICAN_GROUP");
        assertThat(idOf("Union européenne")).isEqualTo("EU");
        assertThat(idOf("LDCs")).isEqualTo("LDC");
        assertThat(idOf("小岛屿国家联盟")).isEqualTo("AOSIS");
        assertThat(REGISTRY.membersOf("BASIC")).containsExactlyInAnyOrder("BR", "ZA", "IN", "CN");
        assertThat(REGISTRY.membersOf("EU")).hasSize(27).contains("FR", "DE", "SK");
        assertThat(REGISTRY.membersOf("ARAB_GROUP")).contains("DZ", "PS", "SA");
        assertThat(REGISTRY.groupsOf("DZ")).extracting(Delegation::id)
                .contains("AFRICAN_GROUP", "G77", "ARAB_GROUP", "LMDC");
        assertThat(REGISTRY.spokenForName("G77", Locale.ENGLISH)).isEqualTo("the Group of 77 and China");
    }

    @Test
    void group_acronyms_match_in_capitals_so_ordinary_words_are_no_delegation() {
        assertThat(REGISTRY.longestMatchAt("G77 delete", 0)).map(m -> m.delegation().id()).contains("G77");
        assertThat(REGISTRY.longestMatchAt("BASIC oppose", 0)).map(m -> m.delegation().id()).contains("BASIC");
        assertThat(REGISTRY.longestMatchAt("basic services", 0)).isEmpty();
        assertThat(REGISTRY.longestMatchAt("alba", 0)).isEmpty();
    }

    @Test
    void a_forum_seats_its_own_groups_and_every_state_and_body() {
        DelegationRegistry wipo = REGISTRY.forForum(Forum.WIPO);
        DelegationRegistry un = REGISTRY.forForum(Forum.UN);
        assertThat(wipo.resolve("Group B")).isPresent();
        assertThat(wipo.resolve("G77")).isEmpty();
        assertThat(un.resolve("G77").map(Delegation::id)).contains("G77");
        assertThat(un.resolve("Group B")).isEmpty();
        assertThat(un.resolve("GRULAC")).isEmpty();
        for (DelegationRegistry r : List.of(wipo, un)) {
            assertThat(r.states()).hasSize(195);
            assertThat(r.resolve("African Group").map(Delegation::id)).contains("AFRICAN_GROUP");
            assertThat(r.resolve("EU").map(Delegation::id)).contains("EU");
            assertThat(r.resolve("Chair").map(Delegation::id)).contains("CHAIR");
        }
        assertThat(REGISTRY.forForum(Forum.UN)).isSameAs(un);
        assertThat(REGISTRY.forForum(null)).isSameAs(REGISTRY);
    }

    @Test
    void a_forum_is_named_wipo_or_un_and_anything_else_is_refused_clearly() {
        assertThat(Forum.of(" un ")).isEqualTo(Forum.UN);
        assertThat(Forum.of("WIPO")).isEqualTo(Forum.WIPO);
        assertThatThrownBy(() -> Forum.of("WTO")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown forum 'WTO'");
        assertThatThrownBy(() -> Forum.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_malformed_line_of_the_names_file_is_refused_with_its_reason() {
        assertThatThrownBy(() -> DelegationData.states(List.of("PK\tPAK\tmember\tPakistan")))
                .hasMessageContaining("expected 15 columns");
        String row = "PK\tPAK\tcandidate" + "\tPakistan\tthe Islamic Republic of Pakistan".repeat(6);
        assertThatThrownBy(() -> DelegationData.states(List.of(row))).hasMessageContaining("member or observer");
        String good = "PK\tPAK\tmember" + "\tPakistan\tthe Islamic Republic of Pakistan".repeat(6);
        assertThatThrownBy(() -> DelegationData.states(List.of(good, good))).hasMessageContaining("repeated");
        assertThat(DelegationData.states(List.of(good))).singleElement().extracting(Delegation::alpha3).isEqualTo("PAK");
    }
}
