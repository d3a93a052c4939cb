package org.draftroom.documents;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** Small documents built by hand, so the documents module can be tested without the importer. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** Two sections, three numbered paragraphs, an item, a footnote and a proposal with a position. */
    public static NegotiationDocument small(String symbol) {
        Proposal delete = new Proposal("p1", ProposalKind.DELETE, Actors.of("PK"), List.of(new Text("和宗旨")),
                List.of(), List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(new Position("pos1", Position.Stance.OPPOSE, Actors.of("AE"), null, null)), null);
        Section background = new Section("s-a", "A.", List.of(new Text("背景"), delete), List.of(
                paragraph("para-1", "评价产权组织驻外办事处将根据产权组织成员国的决定进行。"),
                new Paragraph("para-2", true, List.of(new Text("大会进一步决定"), new FootnoteRef("fn-1"), new Text("：")),
                        List.of(new Item("item-1", Item.Marker.BULLET,
                                List.of(new Text("考虑开设至多四个新的驻外办事处。")), List.of(), false)),
                        Status.OPEN, false),
                new Footnote("fn-1", List.of(new Text("A/59/13 Add.4")))));
        Section object = new Section("s-b", "B.", List.of(new Text("对象")), List.of(
                paragraph("para-3", "评价的对象是整个驻外办事处网络。")));
        DocumentHeader header = new DocumentHeader(symbol, "职权范围初稿", "zh", "en", LocalDate.of(2021, 12, 23),
                "计划和预算委员会", "第三十四届会议", "2022年 6月 27日至 7月 1日，日内瓦", "秘书处编拟", null);
        return new NegotiationDocument("ignored", header, List.of(), List.of(background, object));
    }

    public static Paragraph paragraph(String id, String text) {
        return new Paragraph(id, true, List.of(new Text(text)), List.of(), Status.OPEN, false);
    }

    /** The document with one more numbered paragraph at the end of its last section. */
    public static NegotiationDocument withParagraph(NegotiationDocument doc, String id, String text) {
        List<Section> sections = new ArrayList<>(doc.sections());
        Section last = sections.removeLast();
        List<Block> blocks = new ArrayList<>(last.blocks());
        blocks.add(paragraph(id, text));
        sections.add(new Section(last.id(), last.label(), last.heading(), blocks));
        return new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), sections);
    }

    /** The document with a paragraph's text replaced. */
    public static NegotiationDocument withText(NegotiationDocument doc, String paragraphId, String text) {
        List<Section> sections = doc.sections().stream().map(s -> new Section(s.id(), s.label(), s.heading(),
                s.blocks().stream().map(b -> b instanceof Paragraph p && p.id().equals(paragraphId)
                        ? (Block) new Paragraph(p.id(), p.numbered(), List.<Inline>of(new Text(text)), p.items(),
                        p.status(), p.bracketed())
                        : b).toList())).toList();
        return new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), sections);
    }
}
