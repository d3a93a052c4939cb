package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Walk;
import org.junit.jupiter.api.Test;

class DocxImportTest {
    final NotationImporter importer = new NotationImporter(DelegationRegistry.standard());

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void word_paragraphs_go_through_the_same_notation_pipeline() throws IOException {
        // long paragraphs of equal width would look like wrapped PDF lines: DOCX paragraphs are never joined
        String seven = "7. 产权组织驻外办事处是本组织在本土的延伸。各办事处根据对其职责领域的深入了解，推动产权组织能够提供的服务。";
        byte[] bytes = docx(List.of("WO/PBC/34/15", "原文：英文", "B. 对 象", seven, seven.replace("7.", "8."),
                seven.replace("7.", "9."), seven.replace("7.", "10."), seven.replace("7.", "11."),
                seven.replace("7.", "12."), seven.replace("7.", "13."),
                "俄罗斯——建议保留上段", "• [产权组织纽约办事处——俄罗斯；中国][美国不同意]"));
        ImportResult result = importer.importDocx(new ByteArrayInputStream(bytes), ImportOptions.language("zh"));
        NegotiationDocument doc = result.document();
        assertThat(doc.header().symbol()).isEqualTo("WO/PBC/34/15");
        assertThat(doc.sections()).singleElement().satisfies(s -> assertThat(s.blocks()).hasSize(7));
        Paragraph last = (Paragraph) doc.sections().getFirst().blocks().getLast();
        assertThat(Walk.proposals(doc)).extracting(Proposal::kind)
                .containsExactly(ProposalKind.RETAIN, ProposalKind.ADD_ITEM);
        assertThat(last.items()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
    }
}
