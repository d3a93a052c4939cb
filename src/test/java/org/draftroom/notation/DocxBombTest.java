package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.SeedTexts;

/**
 * The zip-bomb check tells a long repetitive text from a bomb (issue 12, finding 9): a 3-million-character
 * paragraph compresses far better than POI's default ratio allows and was refused; a document that inflates to
 * more than the absolute cap is still refused, however it compresses.
 */
class DocxBombTest {
    private final NotationImporter importer = new NotationImporter(SeedTexts.REGISTRY);

    @Test
    void a_three_million_character_repetitive_paragraph_imports() throws IOException {
        String paragraph = "1. " + "评价驻外办事处网络的规模和效绩".repeat(200_000);
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("测试文件");
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(paragraph.length()).isGreaterThan(3_000_000);
        ImportResult result = importer.importDocx(new ByteArrayInputStream(docx), ImportOptions.language("zh"));
        assertThat(Walk.blocks(result.document())).anySatisfy(b ->
                assertThat(b.toString().length()).isGreaterThan(3_000_000));
    }

    @Test
    void a_document_that_inflates_past_the_cap_is_refused_as_a_zip_bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) zip.write(spaces); // 200 MB of nothing
            zip.write("</w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes.size()).isLessThan(1_000_000);
        assertThatThrownBy(() -> importer.importDocx(new ByteArrayInputStream(bytes.toByteArray()), ImportOptions.language("zh")))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a readable DOCX file");
    }
}
