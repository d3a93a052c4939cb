package org.draftroom.testkit;

import java.time.LocalDate;
import java.util.List;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** A slice of the terms of reference (WO/PBC/34/15) built in code, with the seed's kinds of proposals. */
public final class SampleTor {
    private SampleTor() {
    }

    public static DocumentHeader header() {
        return new DocumentHeader("WO/PBC/34/15", "2021年评价产权组织驻外办事处的职权范围初稿", "zh", "en",
                LocalDate.of(2021, 12, 23), "计划和预算委员会", "第三十四届会议", "2022年 6月 27日至 7月 1日，日内瓦",
                "秘书处编拟", null);
    }

    public static NegotiationDocument document() {
        Proposal deleteAims = new Proposal("pr-a", ProposalKind.DELETE, Actors.of("PK"), List.of(t("和宗旨")),
                List.of(), List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(new Position("po-1", Position.Stance.OPPOSE, Actors.of("AE"), null, null)), null);
        Paragraph p1 = new Paragraph("p1", true, List.of(t("在 2021 年 9 月举行的计划和预算委员会（PBC）第三十三届会议上，"
                + "PBC 要求产权组织秘书处提供职权范围初稿。")), List.of(), Status.OPEN, true);
        Paragraph p2 = new Paragraph("p2", true, List.of(t("评价产权组织驻外办事处将根据产权组织成员国的决定进行"),
                new FootnoteRef("fn1"), t("，特别指出以下几点：")), List.of(
                new Item("i2a", Item.Marker.DASH, List.of(t("编写职权范围初稿，考虑上述成员国呈件；并")), List.of(), false),
                new Item("i2b", Item.Marker.DASH, List.of(t("在 PBC第三十四届会议前提供一份初稿。")), List.of(), false)),
                Status.AGREED, false);
        Footnote fn1 = new Footnote("fn1", List.of(t("A/55/INF/11")));
        Proposal replaceEach = new Proposal("pr-r", ProposalKind.REPLACE, Actors.of("RU"), List.of(t("每个")),
                List.of(t("网络")), List.of(), null, List.of(), Status.OPEN, List.of(), List.of(), null);
        Proposal nigeria = Proposal.inline("pr-ng", ProposalKind.INSERT, Actors.of("NG"), List.of(),
                List.of(t("最近可用的")));
        Proposal swiss = Proposal.inline("pr-ch", ProposalKind.INSERT, Actors.of("CH"), List.of(),
                List.of(t("推广包括那些"), nigeria, t("属于公有领域的技术")));
        Paragraph p3 = new Paragraph("p3", true, List.of(t("评价将审查"), replaceEach, t("驻外办事处的绩效，"), swiss,
                t("。")), List.of(), Status.OPEN, false);
        Statement ru = new Statement("st1", Statement.StatementKind.STATEMENT, Actors.of("RU"),
                List.of(t("第 5 段假定评价结果应有助于成员国作出决定。")));
        Proposal usInsert = new Proposal("pr-us", ProposalKind.INSERT, Actors.of("US"), List.of(),
                List.of(t("本次评价的宗旨是进行")), List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(new Position("po-2", Position.Stance.SUPPORT, new Actors(List.of("DZ"), "AFRICAN_GROUP"),
                        null, null)), null);
        Paragraph alt5 = new Paragraph("alt-p", true, List.of(t("评价的进行应"), usInsert, t("全面。")), List.of(),
                Status.OPEN, false);
        Proposal chair = new Proposal("pr-chair", ProposalKind.CHAIR_ALTERNATIVE, Actors.of(Actors.CHAIR), List.of(),
                List.of(), List.of("p3"), null, List.of(alt5), Status.OPEN, List.of(),
                List.of(new Position("po-3", Position.Stance.OPPOSE, Actors.of("PK", "IR"), null, null)), null);
        Proposal move = new Proposal("pr-mv", ProposalKind.MOVE, Actors.of("IR"), List.of(), List.of(),
                List.of("p3"), "D节", List.of(), Status.OPEN, List.of(), List.of(), null);
        Proposal newItem = new Proposal("pr-item", ProposalKind.ADD_ITEM, Actors.of("RU", "CN"), List.of(),
                List.of(t("产权组织纽约办事处")), List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(new Position("po-4", Position.Stance.OPPOSE, Actors.of("US"), null, null)), null);
        List<Block> sectionA = List.of(p2, fn1);
        List<Block> sectionB = List.of(p3, ru, new ProposalBlock("pb-chair", chair), new ProposalBlock("pb-mv", move),
                new ProposalBlock("pb-item", newItem));
        return new NegotiationDocument("doc-tor", header(), List.of(p1), List.of(
                new Section("sA", "A", List.<Inline>of(t("背景"), deleteAims), sectionA),
                new Section("sB", "B", List.of(t("对象")), sectionB)));
    }

    static Text t(String text) {
        return new Text(text);
    }
}
