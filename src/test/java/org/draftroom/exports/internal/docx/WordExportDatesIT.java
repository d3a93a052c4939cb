package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportRequest;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportVariant;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;

/** The tracked DOCX of the seed ToR through the export service: changes dated from the history, never the export. */
@DraftroomIT
class WordExportDatesIT {
    @Autowired
    DocumentService documents;
    @Autowired
    ExportService exports;

    private static List<Instant> dates(byte[] docx, String part) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals(part)) continue;
                Matcher m = Pattern.compile("w:date=\"([^\"]+)\"").matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                List<Instant> out = new ArrayList<>();
                while (m.find()) out.add(Instant.parse(m.group(1)));
                return out;
            }
        }
        throw new AssertionError("no " + part);
    }

    @Test
    void the_seed_versions_changes_are_dated_no_later_than_their_issue_and_never_at_export_time() throws Exception {
        String id = TestDocuments.seedTor(documents);
        Instant before = Instant.now().minusSeconds(5);
        byte[] version1 = SignIn.as("secretariat", () -> exports.export(new ExportRequest(id, ExportFormat.DOCX,
                ExportVariant.MARKED, true, "1", null, null)).content());
        List<Instant> changes = dates(version1, "word/document.xml");
        List<Instant> comments = dates(version1, "word/comments.xml");
        assertThat(changes).hasSizeGreaterThan(100);
        assertThat(comments).hasSizeGreaterThan(50);
        Instant issued = Instant.parse("2021-12-23T00:00:00Z");
        assertThat(changes).allMatch(d -> !d.isAfter(issued));
        assertThat(comments).allMatch(d -> !d.isAfter(issued));
        byte[] current = SignIn.as("secretariat", () -> exports.export(ExportRequest.of(id, ExportFormat.DOCX,
                ExportVariant.MARKED, true)).content());
        assertThat(dates(current, "word/document.xml")).hasSizeGreaterThan(100).allMatch(d -> d.isBefore(before));
    }
}
