package org.draftroom.exports.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.testkit.SeedTexts;

/** The seed ToR's PDF read back with poppler, as a reader's copy and paste or a search engine would. */
class PdfTextLayerTest {
    static Rendition marked;
    static Rendition tracked;
    static byte[] markedPdf;
    static byte[] trackedPdf;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeThem() {
        Names names = Names.of(SeedTexts.REGISTRY);
        marked = RenditionBuilder.rendition(SeedTexts.tor3415(), names, Mode.BRACKETS);
        tracked = RenditionBuilder.rendition(SeedTexts.tor3415(), names, Mode.TRACKED);
        markedPdf = new PdfWriter().write(marked);
        trackedPdf = new PdfWriter().write(tracked);
    }

    @Test
    void extracted_text_has_the_cjk_characters_set_and_no_radical_look_alikes() throws Exception {
        for (var pair : List.of(Map.entry(marked, markedPdf), Map.entry(tracked, trackedPdf))) {
            String source = text(pair.getKey());
            String extracted = run("pdftotext", "-enc", "UTF-8", write(pair.getValue()).toString(), "-");
            assertThat(radicals(extracted).chars().filter(c -> source.indexOf(c) < 0).mapToObj(Character::toString))
                    .as("radicals and compatibility forms not in the source").isEmpty();
            Map<Integer, Long> want = cjk(source);
            Map<Integer, Long> got = cjk(extracted);
            long total = want.values().stream().mapToLong(Long::longValue).sum();
            long equal = want.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0L))).sum();
            assertThat(equal * 1000.0 / total).as("per mille of CJK characters extracted as set").isGreaterThanOrEqualTo(999.0);
            assertThat(count(extracted, "——")).as("two em dashes as written, not ⸺").isEqualTo(count(source, "——"));
        }
    }

    @Test
    void every_font_is_embedded() throws Exception {
        String fonts = run("pdffonts", write(markedPdf).toString());
        List<String> rows = fonts.lines().skip(2).toList();
        assertThat(rows).isNotEmpty();
        // columns: name type encoding emb sub uni object ID; "emb" is the fourth from the right
        assertThat(rows).allSatisfy(row -> {
            String[] cols = row.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        });
    }

    @Test
    void the_pdf_is_tagged_in_chinese_with_a_bookmark_per_section_and_pdfa_metadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(markedPdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("zh");
            assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : catalog.getDocumentOutline().children()) bookmarks.add(item.getTitle());
            List<String> headings = marked.parts().getFirst().body().stream().filter(n -> n instanceof Node.Heading)
                    .map(n -> ((Node.Heading) n).label() + " " + Run.text(((Node.Heading) n).runs())).toList();
            assertThat(bookmarks).isEqualTo(headings).hasSizeGreaterThan(3);
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2").contains("pdfaid:conformance");
        }
    }

    @Test
    void the_tracked_pdf_names_every_proposer_in_a_legend() throws Exception {
        String extracted = run("pdftotext", "-enc", "UTF-8", "-l", "1", write(trackedPdf).toString(), "-");
        assertThat(extracted).contains("提案方：").contains("巴基斯坦").contains("阿尔及利亚代表非洲集团");
    }

    static String text(Rendition rendition) {
        StringBuilder out = new StringBuilder();
        for (Rendition.Part part : rendition.parts()) {
            Rendition.HeaderBlock h = part.header();
            for (String line : new String[] {h.symbol(), h.originalLanguage(), h.date(), h.committee(), h.session(),
                    h.sessionDetail(), h.annexLabel(), h.title(), h.preparedBy(), part.closing()}) {
                if (line != null) out.append(line).append('\n');
            }
            for (Node node : part.body()) out.append(nodeText(node)).append('\n');
        }
        return out.toString();
    }

    private static String nodeText(Node node) {
        return switch (node) {
            case Node.Heading h -> h.label() + " " + Run.text(h.runs());
            case Node.Para p -> p.label() + " " + Run.text(p.runs());
            case Node.Alternative a -> a.caption() + "\n" + a.body().stream().map(PdfTextLayerTest::nodeText)
                    .collect(Collectors.joining("\n")) + "\n" + Run.text(a.trailer());
            case Node.Table t -> t.rows().stream().flatMap(r -> r.cells().stream()).map(Run::text)
                    .collect(Collectors.joining("\n"));
        };
    }

    private static String radicals(String text) {
        return text.codePoints().filter(GlyphSources::compatibility)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Map<Integer, Long> cjk(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .boxed().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
        return n;
    }

    private static Path write(byte[] pdf) throws IOException {
        Path file = Files.createTempFile(dir, "tor", ".pdf");
        Files.write(file, pdf);
        return file;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
