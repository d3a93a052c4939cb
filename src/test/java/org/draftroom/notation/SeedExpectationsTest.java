package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.negotiation.Position.Stance.COMMENT;
import static org.draftroom.negotiation.Position.Stance.OPPOSE;
import static org.draftroom.negotiation.Position.Stance.SUPPORT;
import static org.draftroom.negotiation.ProposalKind.ADD_ITEM;
import static org.draftroom.negotiation.ProposalKind.CHAIR_ALTERNATIVE;
import static org.draftroom.negotiation.ProposalKind.CHAIR_SUGGESTION;
import static org.draftroom.negotiation.ProposalKind.DELETE;
import static org.draftroom.negotiation.ProposalKind.EXCLUDE;
import static org.draftroom.negotiation.ProposalKind.INSERT;
import static org.draftroom.negotiation.ProposalKind.MOVE;
import static org.draftroom.negotiation.ProposalKind.REPLACE;
import static org.draftroom.negotiation.ProposalKind.REQUEST_BRACKETS;
import static org.draftroom.negotiation.ProposalKind.RETAIN;
import static org.draftroom.negotiation.ProposalKind.REWRITE;

import java.util.List;
import java.util.Map;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expectations written by hand from reading tor-external-offices.zh.txt: who proposed, supported and opposed
 * what, section by section.
 */
class SeedExpectationsTest {
    static NegotiationDocument doc;
    static Acts acts;
    static Numbering numbering;

    @BeforeAll
    static void importSeed() {
        doc = new NotationImporter(DelegationRegistry.standard()).importText(SeedTexts.tor(), null).document();
        acts = new Acts(doc);
        numbering = Numbering.of(doc);
    }

    private static int number(String paragraphId) {
        return numbering.paragraph(paragraphId);
    }

    @Test
    void the_header_is_read() {
        assertThat(doc.header().symbol()).isEqualTo("WO/PBC/34/15");
        assertThat(doc.header().originalLanguage()).isEqualTo("en");
        assertThat(doc.header().date()).isEqualTo(java.time.LocalDate.of(2021, 12, 23));
        assertThat(doc.header().committee()).isEqualTo("计划和预算委员会");
        assertThat(doc.header().session()).isEqualTo("第三十四届会议");
        assertThat(doc.header().title()).isEqualTo("2021年评价产权组织驻外办事处的职权范围初稿");
        assertThat(doc.header().preparedBy()).isEqualTo("秘书处编拟");
        assertThat(doc.sections()).extracting(Section::label).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
    }

    @Test
    void section_a_heading_pakistan_deletes_and_the_emirates_oppose() {
        Proposal p = (Proposal) doc.sections().getFirst().heading().stream().filter(i -> i instanceof Proposal)
                .findFirst().orElseThrow();
        assertThat(p.kind()).isEqualTo(DELETE);
        assertThat(p.actors().by()).containsExactly("PK");
        assertThat(Walk.plainText(p.target())).isEqualTo("和宗旨");
        assertThat(Acts.has(p, OPPOSE, "AE")).isTrue();
        assertThat(doc.sections().getFirst().heading().getFirst()).isEqualTo(new Text("背景"));
    }

    @Test
    void paragraph_5_chair_alternative_and_its_amendments() {
        Proposal alt = acts.proposals(CHAIR_ALTERNATIVE, "CHAIR").filter(p -> !p.targetIds().isEmpty()
                && number(p.targetIds().getFirst()) == 5).findFirst().orElseThrow();
        assertThat(alt.positions()).anySatisfy(pos -> {
            assertThat(pos.stance()).isEqualTo(OPPOSE);
            assertThat(pos.actors().by()).containsExactly("PK", "IR");
        });
        assertThat(acts.proposal(INSERT, "US", "本次评价的宗旨是进行").status()).isEqualTo(Status.OPEN);
        assertThat(Acts.has(acts.proposal(INSERT, "DZ", "以评估和改进"), OPPOSE, "PK")).isTrue();
        acts.proposal(DELETE, "DZ", "考虑");
        acts.proposal(INSERT, "DZ", "开始业务的日期");
        Proposal replace = acts.proposal(REPLACE, "DZ", "根据指导原则");
        assertThat(Walk.plainText(replace.target())).isEqualTo("及它们对指导原则的遵守情况");
        // "[到产权组织有可用最新数据的年份][俄罗斯——仅对应于 2016-2021年中期战略计划的日期]": an alternative
        Proposal bracketed = acts.proposals().stream().filter(p -> p.kind() == ProposalKind.BRACKETED
                && Walk.plainText(p.text()).equals("到产权组织有可用最新数据的年份")).findFirst().orElseThrow();
        assertThat(bracketed.proposals()).extracting(p -> p.actors().by())
                .containsExactly(List.of("RU"));
        Proposal atEnd = acts.proposal(INSERT, "RU", "评价将为成员国审议十个成员国的待决申请提供信息，以开设至多四个新的产权组织驻外办事处");
        assertThat(atEnd.destination()).isEqualTo("在结尾处");
        assertThat(acts.statements()).anySatisfy(s -> {
            assertThat(s.actors().by()).containsExactly("RU");
            assertThat(Walk.plainText(s.text())).startsWith("第 5 段假定评价结果");
        });
    }

    @Test
    void paragraph_6_bullets_and_what_was_said_about_them() {
        Proposal dz = acts.proposals(REWRITE, "DZ").filter(p -> Walk.plainText(p.text()).startsWith("提高"))
                .findFirst().orElseThrow();
        assertThat(dz.actors().onBehalfOf()).isEqualTo("AFRICAN_GROUP");
        assertThat(Acts.has(dz, SUPPORT, "DZ")).isTrue();
        assertThat(dz.positions()).anySatisfy(pos -> {
            assertThat(pos.actors().by()).containsExactly("GH");
            assertThat(pos.actors().onBehalfOf()).isEqualTo("AFRICAN_GROUP");
        });
        assertThat(acts.proposal(DELETE, "RU", "单个驻外办事处或")).isNotNull();
        acts.proposal(DELETE, "IN", "2018 年至 2022 年期间");
        assertThat(acts.proposals(DELETE, "RU").filter(p -> Walk.plainText(p.target()).equals("各"))).hasSize(1);
        Proposal move = acts.proposals(MOVE, "IR").findFirst().orElseThrow();
        assertThat(move.destination()).isEqualTo("D节");
        assertThat(acts.proposals(DELETE, "AE").filter(p -> Walk.plainText(p.text()).equals("最后两项。"))).hasSize(1);
        assertThat(acts.proposals(CHAIR_SUGGESTION, "CHAIR").filter(p -> "D节".equals(p.destination()))).hasSize(1);
    }

    @Test
    void paragraph_7_the_united_states_rewrite_with_pakistan_insertions_and_the_chair_suggesting_to_adopt_it() {
        acts.proposal(RETAIN, "RU", "上段");
        Proposal us = acts.proposals(REWRITE, "US").filter(p -> Walk.plainText(p.text()).startsWith("产权组织驻外办事处是本组织在外地"))
                .findFirst().orElseThrow();
        assertThat(us.targetIds()).hasSize(1);
        assertThat(number(us.targetIds().getFirst())).isEqualTo(7);
        List<Proposal> inside = us.text().stream().filter(i -> i instanceof Proposal).map(i -> (Proposal) i).toList();
        assertThat(inside).extracting(Proposal::kind, p -> p.actors().by(), p -> Walk.plainText(p.text()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RETAIN, List.of("NG"), "原第一句"),
                        org.assertj.core.groups.Tuple.tuple(INSERT, List.of("PK"), "被期望"),
                        org.assertj.core.groups.Tuple.tuple(INSERT, List.of("PK"), "办法是"));
        assertThat(inside.stream().filter(p -> p.actors().by().equals(List.of("PK"))))
                .anySatisfy(p -> assertThat(Acts.has(p, OPPOSE, "DZ")).isTrue());
        Proposal chair = acts.proposals(CHAIR_SUGGESTION, "CHAIR")
                .filter(p -> Walk.plainText(p.text()).contains("可以采用美国的建议")).findFirst().orElseThrow();
        assertThat(chair.targetIds()).containsExactly(acts.blockIdOf(us));
    }

    @Test
    void paragraph_8_russia_and_china_add_the_new_york_office_and_the_united_states_oppose() {
        Proposal p = acts.proposal(ADD_ITEM, "RU", "产权组织纽约办事处");
        assertThat(p.actors().by()).containsExactly("RU", "CN");
        assertThat(Acts.has(p, OPPOSE, "US")).isTrue();
    }

    @Test
    void paragraph_9_chair_alternative_collects_amendments_and_support() {
        assertThat(Acts.has(acts.proposal(INSERT, "SK", "最近开设的驻外办事处及驻外办事处及其东道国的具体情况，包括 2019 冠状病毒病大流行的影响"),
                SUPPORT, "US")).isTrue();
        acts.proposal(REQUEST_BRACKETS, "US", "的年份");
        acts.proposal(INSERT, "DZ", "开始运作之日");
        // Canada proposes the same words in paragraphs 5 and 9; in paragraph 9 four delegations want them kept
        assertThat(acts.proposals(INSERT, "CA").filter(p -> Walk.plainText(p.text()).equals("到启动初步评价时为止，此后每五年一次")))
                .hasSize(2).anySatisfy(p -> assertThat(Acts.has(p, SUPPORT, "ZA", "IN", "DZ", "IR")).isTrue());
        assertThat(acts.proposals(INSERT, "SG")).allSatisfy(p -> assertThat(Acts.has(p, SUPPORT, "US")).isTrue());
    }

    @Test
    void paragraph_10_chair_alternative_with_russian_amendments_supported_by_brazil_opposed_by_pakistan() {
        Proposal alt = acts.proposals(CHAIR_ALTERNATIVE, "CHAIR").filter(p -> !p.targetIds().isEmpty()
                && number(p.targetIds().getFirst()) == 10).findFirst().orElseThrow();
        assertThat(alt.positions()).anySatisfy(pos -> assertThat(pos.actors().by()).containsExactly("BR"));
        assertThat(alt.positions()).anySatisfy(pos -> {
            assertThat(pos.actors().by()).containsExactly("PK");
            assertThat(pos.stance()).isEqualTo(OPPOSE);
        });
        // "[每个][俄罗斯——替换“网络”]" in items (1) and (4), "[每个][俄罗斯——改为“网络”]" in 12 (a)
        assertThat(acts.proposals(REPLACE, "RU").filter(p -> Walk.plainText(p.target()).equals("每个")
                && Walk.plainText(p.text()).equals("网络"))).hasSize(3);
        assertThat(acts.proposals(INSERT, "RU").filter(p -> Walk.plainText(p.text()).equals("2016-2021"))).hasSize(4);
        assertThat(acts.proposals(EXCLUDE, "RU")).hasSize(3);
    }

    @Test
    void paragraphs_12_to_20_rewrites_of_named_paragraphs_and_the_chair_texts() {
        Proposal us12 = acts.proposals(REWRITE, "US").filter(p -> p.targetIds().size() == 3).findFirst().orElseThrow();
        assertThat(us12.targetIds()).extracting(SeedExpectationsTest::number).containsExactly(12, 13, 14);
        assertThat(us12.blocks()).isNotEmpty();
        Proposal alt12 = acts.proposals(CHAIR_ALTERNATIVE, "CHAIR").filter(p -> p.targetIds().size() == 2
                && number(p.targetIds().getFirst()) == 12).findFirst().orElseThrow();
        assertThat(alt12.targetIds()).extracting(SeedExpectationsTest::number).containsExactly(12, 13);
        acts.proposal(INSERT, "IR", "以纯技术方式");

        Proposal us15 = acts.proposals(REWRITE, "US").filter(p -> p.targetIds().size() == 4).findFirst().orElseThrow();
        assertThat(us15.targetIds()).extracting(SeedExpectationsTest::number).containsExactly(15, 16, 17, 18);
        assertThat(Acts.has(us15, SUPPORT, "PK")).isTrue();
        assertThat(Acts.has(us15, OPPOSE, "IR", "RU")).isTrue();

        Proposal alt15 = acts.proposals(CHAIR_ALTERNATIVE, "CHAIR").filter(p -> p.targetIds().size() == 3)
                .findFirst().orElseThrow();
        assertThat(alt15.targetIds()).extracting(SeedExpectationsTest::number).containsExactly(15, 16, 17);
        assertThat(alt15.positions()).extracting(p -> p.stance(), p -> p.actors().by()).contains(
                org.assertj.core.groups.Tuple.tuple(OPPOSE, List.of("US")),
                org.assertj.core.groups.Tuple.tuple(SUPPORT, List.of("PK")),
                org.assertj.core.groups.Tuple.tuple(SUPPORT, List.of("CA")));
        assertThat(Acts.has(acts.proposal(ADD_ITEM, "SK", "独立评价小组"), OPPOSE, "RU")).isTrue();

        Proposal dz17 = acts.proposals(REWRITE, "DZ").filter(p -> Walk.plainText(p.text()).startsWith("评价小组应具备以可信、客观"))
                .findFirst().orElseThrow();
        assertThat(dz17.status()).isEqualTo(Status.AGREED);
        assertThat(Acts.has(dz17, SUPPORT, "IR")).isTrue();

        Proposal us19 = acts.proposals(REWRITE, "US").filter(p -> p.targetIds().size() == 2).findFirst().orElseThrow();
        assertThat(us19.targetIds()).extracting(SeedExpectationsTest::number).containsExactly(19, 20);
        assertThat(Acts.has(us19, OPPOSE, "RU")).isTrue();
        Proposal fr = acts.proposal(DELETE, "US", "纳入收到的关于临时评价报告的意见");
        assertThat(Acts.has(fr, SUPPORT, "FR")).isTrue();
    }

    @Test
    void no_bracket_naming_a_delegation_is_left_unattributed() {
        DelegationRegistry registry = DelegationRegistry.standard();
        for (Proposal p : acts.proposals()) {
            if (p.kind() != ProposalKind.BRACKETED) continue;
            String own = p.text().stream().filter(i -> i instanceof Text).map(i -> ((Text) i).text())
                    .reduce("", String::concat);
            for (int k = 0; k < own.length(); k++) {
                var hit = registry.longestMatchAt(own, k);
                if (hit.isEmpty()) continue;
                String after = own.substring(hit.get().end());
                assertThat(after).as("unattributed bracket naming %s: %s", hit.get().delegation().id(), own)
                        .doesNotStartWith("——").doesNotStartWith("：");
            }
        }
    }

    @Test
    void attributed_acts_cover_every_delegation_the_terms_of_reference_name() {
        Map<String, Integer> per = acts.perDelegation();
        System.out.println("ACTS total " + acts.all().size() + " (proposals " + acts.proposals().stream()
                .filter(p -> p.actors().attributed()).count() + ", positions " + acts.proposals().stream()
                .flatMap(p -> p.positions().stream()).count() + ", statements " + acts.statements().stream()
                .filter(s -> s.actors().attributed()).count() + ")");
        System.out.println("ACTS per delegation " + per);
        // the delegations docs/domain.md ("Delegations and groups") lists for the terms of reference, all of which act in the seed
        assertThat(per.keySet()).containsAll(List.of("PK", "AE", "RU", "US", "DZ", "IR", "NG", "CA", "IN", "CO",
                "SK", "BR", "SG", "ZA", "CL", "UG", "JP", "FR", "CN", "GH", "AFRICAN_GROUP", "CHAIR"));
        assertThat(per.keySet()).allSatisfy(id -> assertThat(DelegationRegistry.standard().byId(id)).isPresent());
        assertThat(acts.proposals().stream().flatMap(p -> p.positions().stream()).filter(p -> p.stance() == COMMENT))
                .allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }
}
