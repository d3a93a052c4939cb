package org.draftroom.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.draftroom.documents.DocumentService;
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

/**
 * Documents built by hand from the model, for tests that must not depend on the importer: a small one, the seed's
 * terms of reference (WO/PBC/34/15, sections A, F and H, Chinese) and an English text, and edits of them.
 */
public final class TestDocuments {
    /** Paragraph 5 of {@link #tor}, in English and bracketed. */
    public static final String P5 = "Based on the above, the evaluation aims to review the size and performance of the network of external offices.";

    private TestDocuments() {
    }

    /**
     * The id of the demo seed's terms of reference (WO/PBC/34/15) in the shared test database: the one the seed
     * created, not a copy a test imported under the same symbol.
     */
    public static String seedTor(DocumentService documents) {
        return SignIn.as("secretariat", () -> documents.list().stream().filter(d -> "WO/PBC/34/15".equals(d.symbol()))
                .map(d -> d.id()).filter(id -> DocumentService.DEMO_SEED_USER.equals(documents.get(id).createdBy())).findFirst().orElseThrow());
    }

    /** Section A with paragraphs 4 and 5 (p4, p5), section B with paragraph 6 (p6, in Chinese). */
    public static NegotiationDocument tor(String symbol) {
        Section a = new Section("sA", "A.", List.of(new Text("Background")), List.<Block>of(
                new Paragraph("p4", true, List.of(new Text("The Committee requested a draft.")), List.of(), Status.OPEN, false),
                new Paragraph("p5", true, List.of(new Text(P5)), List.of(), Status.OPEN, true)));
        Section b = new Section("sB", "B.", List.of(new Text("Objectives")), List.<Block>of(
                new Paragraph("p6", true, List.of(new Text("评价产权组织驻外办事处网络的规模和效绩。")), List.of(), Status.OPEN, true)));
        return new NegotiationDocument("x", DocumentHeader.minimal(symbol, "Terms of reference", "en"), List.of(), List.of(a, b));
    }

    /** Sections A (paragraphs par1, bracketed, and par2) and B (par3), par1 with the given content. */
    public static NegotiationDocument threeParagraphs(List<Inline> par1) {
        Paragraph p1 = new Paragraph("par1", true, par1, List.of(), Status.OPEN, true);
        Paragraph p2 = new Paragraph("par2", true, List.of(new Text("Second paragraph.")), List.of(), Status.OPEN, false);
        Paragraph p3 = new Paragraph("par3", true, List.of(new Text("Third paragraph.")), List.of(), Status.OPEN, false);
        return new NegotiationDocument("d1", DocumentHeader.minimal("WO/PBC/34/15", "ToR", "zh"), List.of(),
                List.of(new Section("secA", "A", List.of(new Text("Background")), List.<Block>of(p1, p2)),
                        new Section("secB", "B", List.of(new Text("Objectives")), List.<Block>of(p3))));
    }

    public static NegotiationDocument threeParagraphs(String par1) {
        return threeParagraphs(List.of(new Text(par1)));
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

    /**
     * An Arabic text whose lines mix scripts: a symbol, a year and a proposal by Pakistan (deleting Latin words)
     * inside Arabic sentences, so a reader sees whether the order holds in a right-to-left column.
     */
    public static NegotiationDocument arabic(String symbol) {
        Proposal delete = new Proposal("ar-p1", ProposalKind.DELETE, Actors.of("PK"), List.of(new Text("WIPO Lex")),
                List.of(), List.of(), null, List.of(), Status.OPEN, List.of(),
                List.of(new Position("ar-pos1", Position.Stance.SUPPORT, Actors.of("DZ"), null, null)), null);
        Section a = new Section("ar-sA", "ألف.", List.of(new Text("معلومات أساسية")), List.<Block>of(
                paragraph("ar-1", "طلبت اللجنة من الأمانة إعداد الوثيقة WO/PBC/36/12 قبل نهاية عام 2025."),
                new Paragraph("ar-2", true, List.of(new Text("وتشمل قاعدة البيانات "), delete, new Text(" جميع الدول الأعضاء البالغ عددها 193 دولة.")),
                        List.of(), Status.OPEN, false)));
        DocumentHeader header = new DocumentHeader(symbol, "مشروع قرار", "ar", "en", LocalDate.of(2025, 3, 10),
                "لجنة البرنامج والميزانية", "الدورة السابعة والثلاثون", null, "من إعداد الأمانة", null);
        return new NegotiationDocument("ignored", header, List.of(), List.of(a));
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

    public static NegotiationDocument termsOfReference(String id) {
        Section a = new Section("sA", "A.", List.of(new Text("背景"),
                new Proposal("pA1", ProposalKind.DELETE, Actors.of("PK"), List.of(new Text("和宗旨")), List.of(),
                        List.of(), null, List.of(), Status.OPEN, List.of(),
                        List.of(new Position("posA1", Position.Stance.OPPOSE, Actors.of("AE"), null, null)), null)),
                List.of(paragraph("p2", List.of(new Text("评价产权组织驻外办事处将根据产权组织成员国的决定进行，特别指出以下几点："))),
                        paragraph("p6", List.of(new Text("评价旨在提高"),
                                Proposal.inline("pRu1", ProposalKind.DELETE, Actors.of("RU"),
                                        List.of(new Text("单个驻外办事处或")), List.of()),
                                new Text("驻外办事处网络的效率和效果。"))),
                        paragraph("p7", List.of(new Text("评价应审查"),
                                Proposal.inline("pRu2", ProposalKind.INSERT, Actors.of("RU"), List.of(),
                                        List.of(new Text("2016-2021年"))),
                                new Text("期间的"),
                                Proposal.inline("pRu3", ProposalKind.DELETE, Actors.of("RU"), List.of(new Text("各")),
                                        List.of()),
                                new Text("驻外办事处的绩效。")))));
        Proposal usRewrite = new Proposal("pUs15", ProposalKind.REWRITE, Actors.of("US"), List.of(),
                List.of(new Text("评价将由一个外部评价小组进行。外部评价小组的遴选过程应按照产权组织的既定程序进行。")),
                List.of("p15"), null, List.of(), Status.OPEN, List.of(
                        Proposal.inline("pDz15", ProposalKind.REPLACE, new Actors(List.of("DZ"), "AFRICAN_GROUP"),
                                List.of(), List.of(new Text("评价应由监督司进行，应得到一个评价小组的协助。")))),
                List.of(new Position("posPk15", Position.Stance.SUPPORT, Actors.of("PK"), null, null),
                        new Position("posRu15", Position.Stance.OPPOSE, Actors.of("IR", "RU"), null, null)),
                null);
        Section f = new Section("sF", "F.", List.of(new Text("管理安排")), List.of(
                new Paragraph("p15", true, List.of(new Text("评价将由以下人员进行：")), List.of(
                        item("i15a", "了解知识产权和创新的独立/中立的组织和/或个人。"),
                        item("i15b", "产权组织内部监督司（监督司），在必要时获得来自产权组织外聘审计员和独立外部评价师等第三方的支持。")),
                        Status.OPEN, false),
                new Statement("st15", Statement.StatementKind.STATEMENT, Actors.of("RU"),
                        List.of(new Text("我们坚持的立场是，评价应由内部监督司（监督司）进行，这将是最合适的解决办法。"))),
                new ProposalBlock("pb15", usRewrite),
                paragraph("p16", List.of(new Text("产权组织秘书处凭借其专业知识应在评价期间积极与外部评价小组接触。"))),
                paragraph("p17", List.of(new Text("评价小组应具备以可信和独立的方式进行评价所需的必要技能和知识。")))));
        Section h = new Section("sH", "H.", List.of(new Text("时间表")), List.of(
                paragraph("p20", List.of(new Text("评价报告将提交计划和预算委员会第三十五届会议。")))));
        return new NegotiationDocument(id, new DocumentHeader("WO/PBC/34/15", "2021年评价产权组织驻外办事处的职权范围初稿",
                "zh", "en", null, "计划和预算委员会", "第三十四届会议", null, "秘书处编拟", null),
                List.of(), List.of(a, f, h));
    }

    public static NegotiationDocument englishTerms(String id) {
        Section a = new Section("eA", "A.", List.of(new Text("Background")), List.of(
                paragraph("e1", List.of(new Text("The evaluation of the WIPO External Offices will be conducted "
                        + "in accordance with decisions of Member States."))),
                paragraph("e2", List.of(new Text("The External Offices network shall be reviewed by the PBC every "
                        + "five years, "), Proposal.inline("eP1", ProposalKind.INSERT, Actors.of("US"), List.of(),
                        List.of(new Text("with the support of independent external evaluators")))))));
        return new NegotiationDocument(id, DocumentHeader.minimal("WO/PBC/34/15 (en)", "Terms of Reference", "en"),
                List.of(), List.of(a));
    }

    public static Paragraph paragraph(String id, List<Inline> content) {
        return new Paragraph(id, true, content, List.of(), Status.OPEN, false);
    }

    private static Block item(String id, String text) {
        return new Item(id, Item.Marker.BULLET, List.of(new Text(text)), List.of(), true);
    }
}
