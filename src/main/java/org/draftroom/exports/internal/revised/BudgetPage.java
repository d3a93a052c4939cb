package org.draftroom.exports.internal.revised;

import java.time.LocalDate;
import java.util.List;

import org.draftroom.exports.RevisedTable;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * The seed's budget page in revised format (seed/budget-2024-25-revised.zh.txt, strategic pillars 3 and 4),
 * as structured data: the extraction lost the table layout and the strike-through ("9631,463" is 963 struck
 * and 1,463 inserted), so the rows are written out here as the page shows them.
 */
public final class BudgetPage {
    private BudgetPage() {
    }

    public static RevisedTable.Page page() {
        DocumentHeader header = new DocumentHeader("WO/PBC/35/7", "拟议的 2024/25年工作计划和预算（修订格式）", "zh", "en",
                LocalDate.of(2023, 5, 26), "计划和预算委员会", "第三十五届会议", "2023年 5月 22日至 26日，日内瓦", "秘书处编拟",
                "附件二");
        List<String> headers = List.of("优先事项", "预算（单位：千瑞郎）", "部门");
        Proposal nigeria = Proposal.inline("b-ng", ProposalKind.INSERT, Actors.of("NG"), List.of(), t("最近可用的"));
        Proposal swiss = Proposal.inline("b-ch", ProposalKind.INSERT, Actors.of("CH"), List.of(),
                List.of(new Text("推广关于绿色技术的WIPO Green 数据库，以帮助确定绿色技术的专利状况，包括那些"), nigeria,
                        new Text("属于公有领域的技术")));
        Proposal us = new Proposal("b-us", ProposalKind.BRACKETED, Actors.NOBODY, List.of(), t("及其补充性机构间计划"),
                List.of(), null, List.of(), Status.OPEN,
                List.of(Proposal.inline("b-us-1", ProposalKind.INSERT, Actors.of("US"), List.of(),
                        t("和与其他联合国机构的合作"))), List.of(), null);
        RevisedTable pillar3 = new RevisedTable("pillar3", "战略支柱 3：促进知识产权的使用", headers, List.of(
                row(List.of(new Text("引导气候变化和卫生领域战略举措的演变（如 WIPO GREEN、Pat-INFORMED、技术转让和许可）；"
                        + "建立绿色技术专利信息数据库，以帮助确定绿色技术的专利状况"), swiss), "3,680", "3,680", "伙伴、生态、发展")));
        RevisedTable pillar4 = new RevisedTable("pillar4",
                "战略支柱 4：支持政府、企业、社群和个人利用知识产权作为促进增长和可持续发展的手段", headers, List.of(
                row(t("协调发展议程在全组织的实施工作。协调和实施南南合作和三角合作的相关活动"), "4,405", "5,905", "发展"),
                row(t("在国家、区域和次区域一级，包括在最不发达国家，实施特别计划和项目，以支持知识产权促进发展"),
                        "27,412", "27,412", "品牌、版权、伙伴、生态、专利、发展"),
                row(List.of(new Text("领导知识产权和性别行动计划的实施"), us), "963", "1,463", "专利"),
                row(t("提供工具和立法建议，支持成员国在与知识产权有关的各个领域部署和使用立法和政策。"), "12,903", "11,903",
                        "品牌、版权、伙伴")));
        return new RevisedTable.Page(header, List.of(pillar3, pillar4));
    }

    private static RevisedTable.Row row(List<Inline> priority, String before, String after, String sectors) {
        return new RevisedTable.Row(List.of(RevisedTable.Cell.unchanged(priority),
                new RevisedTable.Cell(t(before), t(after)), RevisedTable.Cell.unchanged(t(sectors))));
    }

    private static List<Inline> t(String text) {
        return List.of(new Text(text));
    }
}
