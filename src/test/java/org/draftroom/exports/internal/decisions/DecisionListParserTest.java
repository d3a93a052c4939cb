package org.draftroom.exports.internal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.DecisionList;
import org.draftroom.testkit.SeedTexts;

class DecisionListParserTest {

    private static DecisionList pbc35() {
        String text = SeedTexts.text("decisions-pbc35.zh.txt");
        return DecisionListParser.parse(text.substring(text.indexOf("WO/PBC/35/7")));
    }

    @Test
    void the_pbc35_list_has_its_header_thirteen_agenda_items_and_the_annex_line() {
        DecisionList list = pbc35();
        assertThat(list.header().symbol()).isEqualTo("WO/PBC/35/7");
        assertThat(list.header().date()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(list.header().committee()).isEqualTo("计划和预算委员会");
        assertThat(list.header().title()).isEqualTo("决定一览");
        assertThat(list.items()).hasSize(13);
        assertThat(list.items().get(1).documents()).containsExactly("WO/PBC/35/1");
        assertThat(list.items().get(11).documents()).containsExactly("A/59/10", "A/59/11", "A/59/INF/6");
        assertThat(list.closing()).isEqualTo("[后接附件]");
    }

    @Test
    void decision_text_keeps_its_points_and_joins_broken_lines() {
        DecisionList.AgendaDecision jiu = pbc35().items().get(3);
        assertThat(jiu.title()).isEqualTo("联合检查组（联检组）建议的落实进展报告");
        assertThat(jiu.text().stream().map(DecisionList.Paragraph::label))
                .containsExactly("", "(i)", "(ii)", "•", "•", "•", "•", "•", "•", "•", "•", "(iii)", "•", "(iv)");
        assertThat(jiu.text().get(12).text()).isEqualTo("JIU/REP/2021/3（建议 1和 2）；");
        DecisionList.AgendaDecision tor = pbc35().items().get(10);
        assertThat(tor.text().stream().map(DecisionList.Paragraph::text))
                .anyMatch(t -> t.contains("对其提出的修正载于本决定的附件；"));
    }

    @Test
    void the_pbc36_list_stops_at_its_annex() {
        DecisionList list = DecisionListParser.parse(SeedTexts.text("decisions-pbc36.zh.txt"));
        assertThat(list.header().symbol()).isEqualTo("WO/PBC/36/12");
        assertThat(list.closing()).isEqualTo("[后接附件]");
        assertThat(list.items()).isNotEmpty().allSatisfy(i -> assertThat(i.number()).isPositive());
    }

    @Test
    void a_text_without_a_header_is_refused() {
        assertThatThrownBy(() -> DecisionListParser.parse("议程第 1项 会议开幕\n"))
                .hasMessageContaining("no document symbol");
    }
}
