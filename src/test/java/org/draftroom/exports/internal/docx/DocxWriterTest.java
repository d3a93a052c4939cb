package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.RenditionBuilder;

class DocxWriterTest {
    private static final Instant DATE = Instant.parse("2022-06-27T09:00:00Z");

    private static XWPFDocument docx(Mode mode) throws Exception {
        byte[] bytes = new DocxWriter(DATE).write(
                RenditionBuilder.rendition(SampleTor.document(), Names.of(org.draftroom.delegations.DelegationRegistry.standard()), mode));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void proposals_become_word_tracked_changes_authored_by_the_delegation() throws Exception {
        try (XWPFDocument doc = docx(Mode.TRACKED)) {
            String body = doc.getDocument().getBody().xmlText();
            assertThat(body).contains("w:author=\"巴基斯坦\"").contains("<w:delText xml:space=\"preserve\">和宗旨</w:delText>")
                    .contains("w:author=\"俄罗斯联邦\"").contains("网络</w:t>")
                    .contains("w:author=\"尼日利亚\"").contains("w:date=\"2022-06-27T09:00:00Z\"");
            assertThat(doc.getHeaderList()).anyMatch(h -> h.getText().contains("WO/PBC/34/15"));
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("WO/PBC/34/15");
        }
    }

    @Test
    void bracketed_variant_prints_attributions_as_text() throws Exception {
        try (XWPFDocument doc = docx(Mode.BRACKETS)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("背景[和宗旨——巴基斯坦：删除；阿拉伯联合酋长国不同意]").contains("秘书处编拟")
                    .contains("[文件完]");
            assertThat(doc.getDocument().getBody().xmlText()).doesNotContain("<w:ins");
        }
    }
}
