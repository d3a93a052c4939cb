package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.testkit.TestDocuments;

class DocxLayoutTest {
    private static final Names NAMES = Names.of(DelegationRegistry.standard());
    private static final NegotiationDocument SMALL = TestDocuments.small("WO/PBC/34/15");

    private static Map<String, String> parts(byte[] docx) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Map<String, String> tracked(ReviewFacts facts) throws Exception {
        return parts(new DocxWriter(facts).write(RenditionBuilder.rendition(SMALL, NAMES, Mode.TRACKED)));
    }

    @Test
    void an_issuable_document_is_a4_with_styles_real_footnotes_and_the_running_header_from_page_two() throws Exception {
        Map<String, String> parts = tracked(ReviewFacts.undated(null));
        String body = parts.get("word/document.xml");
        assertThat(body).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>").contains("<w:titlePg/>")
                .contains("w:type=\"first\"").contains("<w:pStyle w:val=\"Title\"/>").contains("<w:pStyle w:val=\"Heading1\"/>")
                .contains("<w:pStyle w:val=\"NumberedParagraph\"/>").contains("<w:footnoteReference w:id=\"1\"/>")
                .doesNotContain("A/59/13 Add.4");
        assertThat(parts.get("word/footnotes.xml")).contains("<w:footnote w:id=\"1\">").contains("A/59/13 Add.4");
        assertThat(parts.get("word/header2.xml")).contains("WO/PBC/34/15").contains("w:instr=\" PAGE \"").contains("第");
        assertThat(parts.get("word/header1.xml")).doesNotContain("WO/PBC/34/15");
        assertThat(parts.get("word/styles.xml")).contains("w:eastAsia=\"Noto Sans CJK SC\"").contains("w:styleId=\"Heading1\"")
                .contains("w:styleId=\"FootnoteText\"");
        assertThat(parts.get("docProps/core.xml")).contains("<dc:title>职权范围初稿</dc:title>")
                .contains("<dc:subject>WO/PBC/34/15</dc:subject>").contains("<dc:language>zh-CN</dc:language>");
    }

    @Test
    void positions_are_comments_by_the_delegation_holding_them_not_body_text() throws Exception {
        Map<String, String> parts = tracked(ReviewFacts.undated(null));
        assertThat(parts.get("word/comments.xml")).contains("w:author=\"阿拉伯联合酋长国\"").contains("阿拉伯联合酋长国不同意");
        assertThat(parts.get("word/document.xml")).doesNotContain("不同意").contains("<w:commentRangeStart w:id=")
                .contains("w:author=\"巴基斯坦\"");
    }

    @Test
    void changes_carry_the_date_the_proposal_was_made_and_no_date_when_none_is_known() throws Exception {
        Instant made = Instant.parse("2021-10-01T10:15:30Z");
        String dated = tracked(new ReviewFacts(Map.of("p1", made), null, Map.of(), Map.of())).get("word/document.xml");
        assertThat(dated).contains("w:author=\"巴基斯坦\" w:date=\"2021-10-01T10:15:30Z\"");
        assertThat(tracked(ReviewFacts.undated(null)).get("word/document.xml")).doesNotContain("w:date=");
    }

    @Test
    void words_an_amendment_deletes_from_an_insertion_are_a_deletion_inside_the_insertion() throws Exception {
        Author us = new Author("US", "United States", List.of("US"));
        Author in = new Author("IN", "India", List.of("IN"));
        Run amended = new Run.Change(Run.Type.INSERT, us, "pr1", List.of(Run.plain("review "),
                new Run.Change(Run.Type.DELETE, in, "pr2", List.of(Run.plain("every year")))));
        Rendition rendition = new Rendition("en", "T", List.of(new Rendition.Part("d",
                new Rendition.HeaderBlock("S/1", null, null, null, null, null, "T", null, null, null),
                List.of(new Node.Para("p", Node.Kind.PARAGRAPH, "1.", 0, List.of(Run.plain("We "), amended))), null)));
        String body = parts(new DocxWriter(ReviewFacts.undated(null)).write(rendition)).get("word/document.xml");
        assertThat(body).containsPattern("<w:ins w:id=\"\\d+\" w:author=\"United States\"><w:del w:id=\"\\d+\" w:author=\"India\">"
                + "<w:r><w:delText xml:space=\"preserve\">every year</w:delText>");
    }
}
