package org.draftroom.exports.internal.revised;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.AknSchema;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.exports.internal.akn.AknWriter;
import org.draftroom.exports.internal.docx.DocxWriter;
import org.draftroom.exports.internal.pdf.PdfWriter;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.Run;

class RevisedFormatTest {
    private static final Names NAMES = Names.of(SeedTexts.REGISTRY);
    private static final Author REVISION = new Author("REVISION", "WO/PBC/35/7", List.of());

    private static Rendition budget() {
        return new Rendition("zh", "budget", List.of(RevisedFormat.part(BudgetPage.page(), NAMES, REVISION)));
    }

    private static List<List<Run>> cells(Rendition rendition, String table) {
        Node.Table t = rendition.parts().getFirst().body().stream().filter(n -> n instanceof Node.Table tb
                && tb.id().equals(table)).map(n -> (Node.Table) n).findFirst().orElseThrow();
        return t.rows().stream().flatMap(r -> r.cells().stream()).toList();
    }

    @Test
    void a_changed_figure_is_struck_and_the_new_one_underlined() {
        List<List<Run>> cells = cells(budget(), "pillar4");
        assertThat(cells).anySatisfy(cell -> assertThat(cell).containsExactly(
                new Run.Change(Run.Type.DELETE, REVISION, null, List.of(Run.plain("963"))),
                new Run.Change(Run.Type.INSERT, REVISION, null, List.of(Run.plain("1,463")))));
        assertThat(cells).anySatisfy(cell -> assertThat(cell).containsExactly(
                new Run.Change(Run.Type.DELETE, REVISION, null, List.of(Run.plain("4,405"))),
                new Run.Change(Run.Type.INSERT, REVISION, null, List.of(Run.plain("5,905")))));
        assertThat(cells).anySatisfy(cell -> assertThat(Run.text(cell)).isEqualTo("27,412"));
    }

    @Test
    void proposals_sit_inline_and_nested_with_their_delegations() {
        String priority = Run.text(cells(budget(), "pillar3").get(3));
        assertThat(priority).contains("[推广关于绿色技术的WIPO Green 数据库，以帮助确定绿色技术的专利状况，包括那些"
                + "[最近可用的——尼日利亚]属于公有领域的技术——瑞士]");
        assertThat(cells(budget(), "pillar4").stream().map(Run::text))
                .anyMatch(t -> t.contains("[及其补充性机构间计划][和与其他联合国机构的合作——美利坚合众国]"));
    }

    @Test
    void the_page_issues_as_word_with_tracked_figures_as_pdf_and_as_valid_akoma_ntoso() throws Exception {
        String xml;
        byte[] docx = new DocxWriter(Instant.parse("2023-05-26T00:00:00Z")).write(budget());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            xml = doc.getDocument().getBody().xmlText();
        }
        assertThat(xml).contains("<w:tbl>").contains("<w:delText xml:space=\"preserve\">963</w:delText>")
                .contains(">1,463</w:t>").contains("w:author=\"WO/PBC/35/7\"");
        byte[] pdf = new PdfWriter().write(budget());
        java.nio.file.Files.write(java.nio.file.Path.of("target/budget-revised.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        AknSchema.validate(new AknWriter(NAMES).write(budget()));
    }
}
