package org.draftroom.exports.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.RenditionBuilder;

class PdfWriterTest {

    @Test
    void chinese_text_is_set_in_an_embedded_cjk_font_with_the_symbol_and_page_numbers() throws Exception {
        byte[] pdf = new PdfWriter().write(
                RenditionBuilder.rendition(SampleTor.document(), Names.of(org.draftroom.delegations.DelegationRegistry.standard()), Mode.BRACKETS));
        java.nio.file.Files.write(java.nio.file.Path.of("target/sample-tor.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("WO/PBC/34/15").contains("2021年评价产权组织驻外办事处的职权范围初稿")
                    .contains("巴基斯坦").contains("计划和预算委员会");
            assertThat(text.lines().map(String::trim)).contains("1");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC") && f.endsWith("embedded"));
        }
    }
}
