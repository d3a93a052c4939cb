package org.draftroom.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import org.draftroom.testkit.SignIn;
import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;

/**
 * Whatever a delegate or the secretariat types, in any field of a document, comes out of every export format
 * (Word, PDF, Akoma Ntoso, HTML) as inert text: the files parse, the words are character data, nothing in them
 * is markup, script or an action.
 */
@DraftroomIT
class HostileExportsIT {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Elements that would mean the text became markup. */
    static final List<String> INJECTED = List.of("script", "img", "a", "iframe", "svg", "object", "embed");
    /** Characters XML 1.0 cannot carry at all; the exports drop them (the rest must arrive unchanged). */
    static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\uFFFE\\uFFFF\\uD800-\\uDFFF]");
    static final String CONTROL = "bell\u0007 nul\u0000 vt\u000B nonchar\uFFFF lone\uD800 end";
    /** A megabyte of words that are all trouble: markup, entities, an RTL override, a zero-width space. */
    static final String MEGABYTE = "<script>window.__pwned=1</script> & \"q\" \u202Eevil\u202C zero\u200Bwidth ".repeat(20_000)
            .substring(0, 1024 * 1024 - 17) + " endofthemegabyte";

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("script", "<script>window.__pwned=1</script>"),
                Arguments.of("img", "<img src=x onerror=\"window.__pwned=1\">"),
                Arguments.of("link", "<a href=\"javascript:window.__pwned=1\">click</a>"),
                Arguments.of("rtl override", "\u202Eevil\u202C"),
                Arguments.of("zero width", "a\u200Bb\u200Dc\uFEFF"),
                Arguments.of("quotes and cdata end", "\"'&</p></div>]]>"),
                Arguments.of("control characters", CONTROL));
    }

    /** Each format in each variant it is offered in: marked (notation and tracked changes), agreed, open. */
    static final List<ExportVariant> VARIANTS = List.of(ExportVariant.MARKED, ExportVariant.CLEAN_AGREED,
            ExportVariant.CLEAN_OPEN);

    @Autowired
    DocumentService documents;
    @Autowired
    ExportService exports;

    /** The string in every field: the header, a section's label and heading, base text, a footnote, a statement,
     *  an insertion, a replacement (its old and new words) and a position's comment. */
    static NegotiationDocument everywhere(String evil, String paragraphText) {
        Proposal insert = Proposal.inline("x-ins", ProposalKind.INSERT, Actors.of("PK"), List.of(), List.of(new Text(evil)))
                .withPositions(List.of(new Position("x-pos", Position.Stance.COMMENT, Actors.of("US"), evil, null)));
        Proposal replace = Proposal.inline("x-rep", ProposalKind.REPLACE, Actors.of("RU"), List.of(new Text(evil)),
                List.of(new Text(evil)));
        Paragraph open = new Paragraph("x-p1", true, List.of(new Text(paragraphText), new FootnoteRef("x-fn"), insert,
                new Text(" "), replace), List.of(), Status.OPEN, false);
        Paragraph agreed = new Paragraph("x-p2", true, List.of(new Text(evil)), List.of(), Status.AGREED, false);
        // the header's symbol, title and annex label are columns too, which refuse NUL (ADR 0014); in the rest of
        // the document, JSON, it stays
        String column = evil.replace("\u0000", "");
        DocumentHeader header = new DocumentHeader("TEST/HOSTILE/" + column, column, "en", "en", null, evil, evil, evil,
                evil, column);
        return new NegotiationDocument("hostile", header, List.of(), List.of(new Section("x-s", "A" + evil,
                List.of(new Text(evil)), List.of(open, agreed, new Footnote("x-fn", List.of(new Text(evil))),
                new Statement("x-st", Statement.StatementKind.STATEMENT, Actors.of("CN"), List.of(new Text(evil)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostile_words_stay_inert_in_every_export_format(String name, String evil) throws Exception {
        String id = asSecretariat(() -> documents.create(everywhere(evil, evil), null));
        // as stored (a lone surrogate does not survive UTF-8: it is read back as "?"), minus what XML cannot carry
        String stored = asSecretariat(() -> documents.load(id)).header().title();
        String shown = NOT_XML.matcher(stored).replaceAll("");
        for (ExportVariant variant : VARIANTS) {
            for (boolean tracked : variant == ExportVariant.MARKED ? List.of(false, true) : List.of(false)) {
                String what = name + " " + variant + (tracked ? " tracked" : "");
                docxIsInert(export(id, ExportFormat.DOCX, variant, tracked), shown, what);
                if (!tracked) { // Akoma Ntoso always carries proposals as ins/del
                    byte[] akn = export(id, ExportFormat.AKN, variant, false);
                    aknIsInert(akn, shown, what);
                    AknSchema.validate(new String(akn, StandardCharsets.UTF_8));
                }
                xhtmlIsInert(export(id, ExportFormat.HTML, variant, tracked), shown, what);
                pdfIsInert(export(id, ExportFormat.PDF, variant, tracked), shown, what);
            }
        }
    }

    @Test
    void a_one_megabyte_hostile_paragraph_exports_to_every_format() throws Exception {
        String id = asSecretariat(() -> documents.create(everywhere("<b>short</b>", MEGABYTE), null));
        for (ExportFormat format : ExportFormat.values()) {
            long start = System.nanoTime();
            byte[] file = export(id, format, ExportVariant.MARKED, false);
            System.out.printf("HOSTILE 1MB paragraph %s: %,d bytes in %d ms%n", format, file.length,
                    (System.nanoTime() - start) / 1_000_000);
            String what = "1 MB " + format;
            switch (format) {
                case DOCX -> docxIsInert(file, MEGABYTE, what);
                case AKN -> aknIsInert(file, MEGABYTE, what);
                case HTML -> xhtmlIsInert(file, MEGABYTE, what);
                case PDF -> {
                    assertThat(ExportedFiles.pdfActiveContent(file)).as(what).isEmpty();
                    assertThat(ExportedFiles.pdfPages(file)).as(what).isGreaterThan(100);
                    String text = visible(ExportedFiles.pdfText(file));
                    assertThat(text).as(what).contains("<script>window.__pwned=1</script> & \"q\"", "zerowidth",
                            "endofthemegabyte"); // all of it, to the last word
                }
            }
        }
    }

    @Test
    void control_characters_already_stored_do_not_break_any_export() throws Exception {
        // the room refuses such text now (RoomApiIT), but documents stored before that, or built by other means, may hold it
        String id = asSecretariat(() -> documents.create(everywhere(CONTROL, "Plain words."), null));
        assertThat(Walk.positions(asSecretariat(() -> documents.load(id)))).extracting(Position::text)
                .singleElement().asString().startsWith("bell\u0007 nul\u0000 vt\u000B nonchar\uFFFF");
        for (ExportFormat format : ExportFormat.values()) {
            byte[] file = export(id, format, ExportVariant.MARKED, false);
            String text = switch (format) {
                case DOCX -> ExportedFiles.text(ExportedFiles.xml(ExportedFiles.docxXmlParts(file).get("word/document.xml")));
                case AKN, HTML -> ExportedFiles.text(ExportedFiles.xml(new String(file, StandardCharsets.UTF_8)));
                case PDF -> visible(ExportedFiles.pdfText(file));
            };
            assertThat(text).as(format.name()).contains("bell", "nonchar", "lone", "end");
        }
    }

    private void docxIsInert(byte[] docx, String shown, String what) throws Exception {
        Map<String, String> parts = ExportedFiles.docxXmlParts(docx);
        assertThat(parts).as(what).containsKey("word/document.xml");
        StringBuilder text = new StringBuilder();
        for (var part : parts.entrySet()) {
            Document xml = ExportedFiles.xml(part.getValue()); // every part well-formed
            assertThat(ExportedFiles.elementNames(xml)).as(what + " " + part.getKey())
                    .noneMatch(e -> e.startsWith("{}") || INJECTED.stream().anyMatch(tag -> e.endsWith("}" + tag)));
            if (part.getKey().startsWith("word/")) text.append(ExportedFiles.text(xml)).append('\n');
        }
        Document body = ExportedFiles.xml(parts.get("word/document.xml"));
        assertThat(ExportedFiles.elementNames(body)).as(what).allMatch(e -> !e.startsWith("{" + W + "}") || WORD.contains(e));
        assertThat(text.toString()).as(what).contains(shown);
    }

    /** The WordprocessingML elements our writer produces (anything else would have come from the text). */
    static final List<String> WORD = Arrays.stream(("body p pPr spacing jc ind r rPr t delText tab ins del b i color sz "
            + "vertAlign sectPr headerReference footerReference fldSimple tbl tblPr tblW tblBorders top left bottom "
            + "right insideH insideV tr tc br document pgSz pgMar pStyle rStyle titlePg commentRangeStart commentRangeEnd "
            + "commentReference footnoteReference tblGrid gridCol tcPr tcW").split(" ")).map(e -> "{" + W + "}" + e).toList();

    private void aknIsInert(byte[] bytes, String shown, String what) throws Exception {
        Document akn = ExportedFiles.xml(new String(bytes, StandardCharsets.UTF_8));
        assertThat(ExportedFiles.elementNames(akn)).as(what)
                .allMatch(e -> e.startsWith("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"))
                .noneMatch(e -> INJECTED.stream().anyMatch(tag -> e.endsWith("}" + tag)));
        assertThat(ExportedFiles.text(akn)).as(what).contains(shown);
    }

    /** The XHTML elements our writer produces (anything else would have come from the text). */
    static final List<String> XHTML_WRITTEN = Arrays.stream("html head meta title style body div p span h2 ins del sup b table tr td th"
            .split(" ")).map(e -> "{" + XHTML + "}" + e).toList();

    private void xhtmlIsInert(byte[] bytes, String shown, String what) throws Exception {
        Document html = ExportedFiles.xml(new String(bytes, StandardCharsets.UTF_8));
        assertThat(ExportedFiles.elementNames(html)).as(what).allMatch(XHTML_WRITTEN::contains);
        assertThat(ExportedFiles.text(html)).as(what).contains(shown);
    }

    private void pdfIsInert(byte[] pdf, String shown, String what) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(what).isEqualTo("%PDF-");
        assertThat(ExportedFiles.pdfActiveContent(pdf)).as(what).isEmpty();
        String text = visible(ExportedFiles.pdfText(pdf));
        // each word is on the page (an RTL override shows its letters right to left, so reversed is right too)
        for (String word : words(shown)) {
            assertThat(text.contains(word) || text.contains(reversed(word))).as(what + ": «" + word + "» in " + text).isTrue();
        }
    }

    /** Words as seen: format characters (zero-width, direction overrides) are invisible, white space separates. */
    static String visible(String text) {
        return text.replaceAll("\\p{Cf}", "").replaceAll("\\s+", " ");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : visible(text).split(" ")) if (!w.isBlank()) out.add(w);
        return out;
    }

    static String reversed(String word) {
        return new StringBuilder(word).reverse().toString();
    }

    private byte[] export(String id, ExportFormat format, ExportVariant variant, boolean tracked) {
        ExportedFile file = SignIn.as("observer", () -> exports.export(ExportRequest.of(id, format, variant, tracked)));
        assertThat(file.content()).as(format + " " + variant).isNotEmpty();
        return file.content();
    }

    private static <T> T asSecretariat(Callable<T> work) {
        return SignIn.as("secretariat", work);
    }
}
