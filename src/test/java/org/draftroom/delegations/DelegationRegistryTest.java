package org.draftroom.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DelegationRegistryTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();

    /** Every delegation spelling found in /work/shared/seed/*.txt (grep of the attributions), with its id. */
    static final Map<String, String> SEED_SPELLINGS = Map.ofEntries(
            Map.entry("巴基斯坦", "PK"), Map.entry("阿联酋", "AE"), Map.entry("俄罗斯", "RU"), Map.entry("俄罗斯联邦", "RU"),
            Map.entry("美国", "US"), Map.entry("美利坚合众国", "US"), Map.entry("阿尔及利亚", "DZ"), Map.entry("伊朗", "IR"),
            Map.entry("尼日利亚", "NG"), Map.entry("加拿大", "CA"), Map.entry("印度", "IN"), Map.entry("哥伦比亚", "CO"),
            Map.entry("斯洛伐克", "SK"), Map.entry("巴西", "BR"), Map.entry("新加坡", "SG"), Map.entry("南非", "ZA"),
            Map.entry("智利", "CL"), Map.entry("乌干达", "UG"), Map.entry("日本", "JP"), Map.entry("法国", "FR"),
            Map.entry("中国", "CN"), Map.entry("加纳", "GH"), Map.entry("瑞士", "CH"), Map.entry("非洲集团", "AFRICAN_GROUP"),
            Map.entry("主席", "CHAIR"), Map.entry("秘书处", "SECRETARIAT"), Map.entry("PBC", "COMMITTEE"),
            Map.entry("计划和预算委员会", "COMMITTEE"));

    static String idOf(String name) {
        return REGISTRY.resolve(name).map(Delegation::id).orElse(null);
    }

    @Test
    void states_are_named_in_the_six_un_languages() {
        Delegation pk = REGISTRY.byId("PK").orElseThrow();
        assertThat(pk.kind()).isEqualTo(Delegation.Kind.STATE);
        assertThat(pk.names()).containsEntry("ar", "باكستان").containsEntry("zh", "巴基斯坦").containsEntry("en", "Pakistan")
                .containsEntry("fr", "Pakistan").containsEntry("ru", "Пакистан").containsEntry("es", "Pakistán");
        for (String name : List.of("باكستان", "巴基斯坦", "Pakistan", "Пакистан", "Pakistán")) {
            assertThat(idOf(name)).as(name).isEqualTo("PK");
        }
        assertThat(REGISTRY.states()).hasSize(195)
                .allSatisfy(s -> assertThat(s.names().keySet()).containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es"));
    }

    @Test
    void official_un_names_are_aliases_in_several_languages() {
        assertThat(idOf("Russian Federation")).isEqualTo("RU");
        assertThat(idOf("Российская Федерация")).isEqualTo("RU");
        assertThat(idOf("Fédération de Russie")).isEqualTo("RU");
        assertThat(idOf("Iran (Islamic Republic of)")).isEqualTo("IR");
        assertThat(idOf("伊朗伊斯兰共和国")).isEqualTo("IR");
        assertThat(idOf("Irán (República Islámica del)")).isEqualTo("IR");
        assertThat(idOf("United States of America")).isEqualTo("US");
        assertThat(idOf("الولايات المتحدة الأمريكية")).isEqualTo("US");
        assertThat(idOf("United Kingdom of Great Britain and Northern Ireland")).isEqualTo("GB");
        assertThat(idOf("Republic of Korea")).isEqualTo("KR");
        assertThat(idOf("大韩民国")).isEqualTo("KR");
        assertThat(idOf("USA")).isEqualTo("US");
        assertThat(idOf("UK")).isEqualTo("GB");
        assertThat(idOf("Viet Nam")).isEqualTo("VN");
    }

    @Test
    void every_delegation_spelling_in_the_seed_resolves() {
        SEED_SPELLINGS.forEach((name, id) -> assertThat(idOf(name)).as(name).isEqualTo(id));
    }

    @Test
    void scanning_the_shipped_terms_of_reference_finds_every_delegation_named_in_it() throws Exception {
        String tor;
        try (var in = getClass().getClassLoader().getResourceAsStream("seed/tor-external-offices.zh.txt")) {
            tor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> found = new HashSet<>();
        for (int i = 0; i < tor.length(); i++) {
            Optional<NameMatch> m = REGISTRY.longestMatchAt(tor, i);
            if (m.isEmpty()) continue;
            found.add(m.get().delegation().id());
            if (tor.startsWith("俄罗斯联邦", i)) assertThat(m.get().end()).isEqualTo(i + 5);
        }
        assertThat(found).contains("PK", "AE", "RU", "US", "DZ", "IR", "NG", "CA", "IN", "CO", "SK", "BR", "SG",
                "ZA", "CL", "UG", "JP", "FR", "CN", "GH", "AFRICAN_GROUP", "CHAIR", "SECRETARIAT", "COMMITTEE");
    }

    @Test
    void no_seed_spelling_is_claimed_by_two_delegations() {
        Set<String> seedKeys = new HashSet<>();
        SEED_SPELLINGS.keySet().forEach(n -> seedKeys.add(n.toLowerCase(Locale.ROOT)));
        // the one deliberate overlap: WIPO's group "China" is named like the state, and the name stays the state's
        assertThat(REGISTRY.ambiguousNames()).filteredOn(a -> seedKeys.contains(a.substring(0, a.indexOf(' '))))
                .containsExactly("中国 [CHINA_GROUP, CN]");
    }

    @Test
    void resolving_trims_and_ignores_case_and_typographic_apostrophes() {
        assertThat(idOf("  russian federation ")).isEqualTo("RU");
        assertThat(idOf("PAKISTAN")).isEqualTo("PK");
        assertThat(idOf("Côte d’Ivoire")).isEqualTo("CI");
        assertThat(idOf("Cote d'Ivoire")).isEqualTo("CI");
        assertThat(idOf("伊朗（伊斯兰共和国）")).isEqualTo("IR");
        assertThat(REGISTRY.resolve("Atlantis")).isEmpty();
        assertThat(REGISTRY.resolve("")).isEmpty();
        assertThat(REGISTRY.resolve(null)).isEmpty();
    }

    @Test
    void china_the_name_is_the_state_and_wipo_china_group_has_it_as_its_only_member() {
        assertThat(idOf("中国")).isEqualTo("CN");
        assertThat(idOf("China")).isEqualTo("CN");
        assertThat(REGISTRY.membersOf("CHINA_GROUP")).containsExactly("CN");
    }

    @Test
    void the_seven_wipo_groups_have_their_members() {
        assertThat(REGISTRY.groups(Forum.WIPO)).extracting(Delegation::id).containsExactly(
                "AFRICAN_GROUP", "ASIA_PACIFIC", "CEBS", "GROUP_B", "CACEEC", "GRULAC", "CHINA_GROUP", "EU");
        assertThat(REGISTRY.membersOf("AFRICAN_GROUP")).contains("DZ", "NG", "GH", "UG", "ZA").doesNotContain("PK");
        assertThat(REGISTRY.membersOf("ASIA_PACIFIC")).contains("PK", "IN", "IR", "SG", "AE");
        assertThat(REGISTRY.membersOf("CEBS")).contains("SK", "PL", "CZ");
        assertThat(REGISTRY.membersOf("GROUP_B")).contains("US", "CA", "JP", "FR", "CH", "GB");
        assertThat(REGISTRY.membersOf("CACEEC")).contains("RU", "KZ", "BY");
        assertThat(REGISTRY.membersOf("GRULAC")).contains("BR", "CO", "CL", "MX");
        assertThat(REGISTRY.membersOf("PK")).isEmpty();
        assertThat(REGISTRY.membersOf("NOPE")).isEmpty();
        assertThat(REGISTRY.forForum(Forum.WIPO).groupsOf("DZ")).extracting(Delegation::id)
                .containsExactly("AFRICAN_GROUP");
        assertThat(idOf("亚洲及太平洋集团")).isEqualTo("ASIA_PACIFIC");
        assertThat(idOf("B集团")).isEqualTo("GROUP_B");
        assertThat(idOf("GRULAC")).isEqualTo("GRULAC");
    }

    @Test
    void every_group_member_is_a_state_in_exactly_one_wipo_regional_group() {
        Set<String> seen = new HashSet<>();
        for (Delegation group : REGISTRY.groups(Forum.WIPO)) {
            if (group.id().equals("EU")) continue; // not a regional group: its members sit in CEBS and Group B
            assertThat(group.members()).isNotEmpty();
            for (String member : group.members()) {
                assertThat(REGISTRY.byId(member).map(Delegation::kind)).as(member).contains(Delegation.Kind.STATE);
                assertThat(seen.add(member)).as(member + " in two groups").isTrue();
            }
        }
    }

    @Test
    void chair_secretariat_and_committee_are_pseudo_delegations() {
        assertThat(REGISTRY.byId("CHAIR").map(Delegation::kind)).contains(Delegation.Kind.CHAIR);
        assertThat(REGISTRY.byId("SECRETARIAT").map(Delegation::kind)).contains(Delegation.Kind.SECRETARIAT);
        assertThat(REGISTRY.byId("COMMITTEE").map(Delegation::kind)).contains(Delegation.Kind.COMMITTEE);
        assertThat(idOf("Chair")).isEqualTo("CHAIR");
        assertThat(idOf("Secretariat")).isEqualTo("SECRETARIAT");
    }

    @Test
    void the_longest_name_wins_at_an_offset() {
        Optional<NameMatch> m = REGISTRY.longestMatchAt("[俄罗斯联邦：第 6 段的最后一点", 1);
        assertThat(m).map(NameMatch::end).contains(6);
        assertThat(m.orElseThrow().delegation().id()).isEqualTo("RU");
        assertThat(REGISTRY.longestMatchAt("俄罗斯——删除", 0)).map(NameMatch::end).contains(3);
        assertThat(REGISTRY.longestMatchAt("印度尼西亚", 0)).map(x -> x.delegation().id()).contains("ID");
        assertThat(REGISTRY.longestMatchAt("印度删除", 0)).map(x -> x.delegation().id()).contains("IN");
        assertThat(REGISTRY.longestMatchAt("美利坚合众国提案", 0)).map(NameMatch::end).contains(6);
    }

    @Test
    void names_in_running_chinese_text_are_found_where_they_start() {
        String text = "阿尔及利亚代表非洲集团：上面一项的建议新措辞";
        NameMatch algeria = REGISTRY.longestMatchAt(text, 0).orElseThrow();
        assertThat(algeria.delegation().id()).isEqualTo("DZ");
        assertThat(algeria.start()).isZero();
        assertThat(algeria.end()).isEqualTo(5);
        NameMatch group = REGISTRY.longestMatchAt(text, 7).orElseThrow();
        assertThat(group.delegation().id()).isEqualTo("AFRICAN_GROUP");
        assertThat(group.end()).isEqualTo(11);
        assertThat(REGISTRY.longestMatchAt(text, 5)).isEmpty();
        assertThat(REGISTRY.longestMatchAt(text, 99)).isEmpty();
    }

    @Test
    void latin_names_match_whole_words_and_abbreviations_only_in_capitals() {
        assertThat(REGISTRY.longestMatchAt("Let us go", 4)).isEmpty();
        assertThat(REGISTRY.longestMatchAt("USA proposes", 0)).map(NameMatch::end).contains(3);
        assertThat(REGISTRY.longestMatchAt("Children", 0)).isEmpty();
        assertThat(REGISTRY.longestMatchAt("the Russian Federation: delete", 4)).map(NameMatch::end).contains(22);
        assertThat(REGISTRY.longestMatchAt("Russia, supported", 0)).map(NameMatch::end).contains(6);
        assertThat(REGISTRY.longestMatchAt("noChile", 2)).isEmpty();
        assertThat(REGISTRY.longestMatchAt("Iran (Islamic\nRepublic of) objects", 0)).map(NameMatch::end).contains(26);
    }

    @Test
    void display_names_follow_the_locale_with_english_as_fallback() {
        assertThat(REGISTRY.displayName("PK", Locale.CHINESE)).isEqualTo("巴基斯坦");
        assertThat(REGISTRY.displayName("PK", Locale.GERMAN)).isEqualTo("Pakistan");
        assertThat(REGISTRY.displayName("DE", Locale.GERMAN)).isEqualTo("Deutschland");
        assertThat(REGISTRY.displayName("AFRICAN_GROUP", Locale.CHINESE)).isEqualTo("非洲集团");
        assertThat(REGISTRY.displayName("CACEEC", Locale.FRENCH))
                .isEqualTo("Group of Central Asian, Caucasus and Eastern European Countries");
        assertThat(REGISTRY.displayName("XYZ", Locale.ENGLISH)).isEqualTo("XYZ");
    }

    @Test
    void colours_are_stable_readable_on_white_and_distinct_among_the_seed_delegations() {
        DelegationRegistry fresh = new DelegationRegistry(DelegationData.load());
        for (Delegation d : REGISTRY.all()) {
            String colour = REGISTRY.colour(d.id());
            assertThat(colour).matches("#[0-9a-f]{6}").isEqualTo(fresh.colour(d.id()));
            assertThat(Colours.contrastOnWhite(Colours.parse(colour))).as(d.id()).isGreaterThanOrEqualTo(4.5);
        }
        Set<String> seedColours = new HashSet<>();
        new HashSet<>(SEED_SPELLINGS.values()).forEach(id -> seedColours.add(REGISTRY.colour(id)));
        assertThat(seedColours).hasSize(new HashSet<>(SEED_SPELLINGS.values()).size());
    }
}
