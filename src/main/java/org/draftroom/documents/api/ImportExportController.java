package org.draftroom.documents.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.delegations.Forum;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.ImportedDocument;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.HtmlOptions;
import org.draftroom.notation.ImportOptions;
import org.draftroom.notation.ModelJson;
import org.draftroom.notation.Renderer;

/** Importing texts in bracket notation and exporting the outputs the secretariat issues. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents")
class ImportExportController {
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final DocumentService documents;
    private final Renderer renderer;
    private final ModelJson json;

    ImportExportController(DocumentService documents, Renderer renderer, ModelJson json) {
        this.documents = documents;
        this.renderer = renderer;
        this.json = json;
    }

    record Warning(int line, int column, String message) {
    }

    record Imported(String id, String symbol, String session, int sections, long paragraphs, int proposals,
                    int positions, List<Warning> warnings) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a negotiation text (secretariat)",
            description = "Reads a text in bracket notation, Chinese house notation or English conventions, as UTF-8 "
                    + "plain text or DOCX, and stores it whole or not at all. Unbalanced brackets and other doubtful "
                    + "passages are imported and reported as warnings with line and column.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "stored; Location names the new document",
                            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/documents/{id}")),
                    @ApiResponse(responseCode = "400", description = "a parameter is missing or malformed, or the "
                            + "text cannot be read: the problem's error, line and column say where"),
                    @ApiResponse(responseCode = "403", description = "only the secretariat imports documents"),
                    @ApiResponse(responseCode = "413", description = "file larger than the upload limit")})
    ResponseEntity<Imported> importDocument(
            @Parameter(description = "the text file or Word document") @RequestPart("file") MultipartFile file,
            @Parameter(description = "notation (UTF-8 text) or docx") @RequestParam(defaultValue = "notation") String format,
            @Parameter(description = "BCP 47 language of the text: zh, en, fr, es, ru, ar") @RequestParam String language,
            @Parameter(description = "document symbol; default: from the text's header") @RequestParam(required = false) String symbol,
            @Parameter(description = "title; default: from the text's header") @RequestParam(required = false) String title,
            @Parameter(description = "session code such as PBC/34; default: the session the symbol was issued for")
            @RequestParam(required = false) String session,
            @Parameter(description = "whose groups speak: WIPO (Group B, GRULAC …) or UN (G77 and China, AOSIS …); "
                    + "default: every forum's groups") @RequestParam(required = false) String forum) {
        ImportedDocument imported = documents.importDocument(bytes(file), importFormat(format),
                new ImportOptions(language(language), blankToNull(symbol), blankToNull(title),
                        forum == null || forum.isBlank() ? null : Forum.of(forum)), blankToNull(session));
        NegotiationDocument doc = imported.document();
        Imported body = new Imported(imported.id(), doc.header().symbol(), imported.sessionCode(),
                doc.sections().size(), imported.paragraphs(), imported.proposals(), imported.positions(),
                imported.warnings().stream().map(w -> new Warning(w.line(), w.column(), w.message())).toList());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + imported.id())).body(body);
    }

    /*
     * One documented operation for every format, though two modules serve it: this method the text formats, the
     * exports module (which depends on this one) docx, pdf, akn and compare, by the format parameter. Its
     * mappings are hidden from the description because this one describes them.
     */
    @GetMapping(value = "/{id}/export", produces = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Export a document in one of nine formats",
            description = """
                    format=marked: the marked-up compilation in house notation (text/plain); clean-agreed: agreed text \
                    only (text/plain); clean-open: pending passages in plain brackets, no names (text/plain); html: the \
                    marked-up view as an HTML page; json: the full model (application/json). These five take revision= \
                    for the text as it stood at an earlier revision. format=docx: Word (tracked=true, the default, gives \
                    real tracked changes authored by the delegations; false: bracketed text with attributions); pdf: PDF \
                    with embedded fonts (CJK, Latin, Cyrillic, Arabic), the symbol in the page header; akn: Akoma Ntoso \
                    3.0 XML (proposals as ins/del referring to the delegation's TLCOrganization, positions as \
                    opinion@by, chair's texts as hcontainer@alternativeTo). These three take variant= (marked, \
                    clean-agreed, clean-open), version= (current, a version number or rev:N), from= (makes it a comparison \
                    from that text) and block= (one paragraph). format=compare: the comparison of from= (required) and \
                    to= (default current), as=json (summary and track-changes HTML, the default) or as=docx, pdf, akn or \
                    html. Any signed-in user.""",
            parameters = {
                    @Parameter(name = "variant", in = ParameterIn.QUERY, description = "docx, pdf, akn: which text",
                            schema = @Schema(allowableValues = {"marked", "clean-agreed", "clean-open"})),
                    @Parameter(name = "tracked", in = ParameterIn.QUERY, description = "docx, pdf: real tracked "
                            + "changes (docx default true, pdf default false)", schema = @Schema(type = "boolean")),
                    @Parameter(name = "version", in = ParameterIn.QUERY, description = "docx, pdf, akn: current, a "
                            + "version number or rev:N; default current"),
                    @Parameter(name = "from", in = ParameterIn.QUERY, description = "compare (required), docx, pdf, "
                            + "akn: the older text, as current, a version number or rev:N"),
                    @Parameter(name = "to", in = ParameterIn.QUERY, description = "compare, docx, pdf, akn: the newer "
                            + "text; default current"),
                    @Parameter(name = "block", in = ParameterIn.QUERY, description = "docx, pdf, akn, compare: only "
                            + "this paragraph"),
                    @Parameter(name = "as", in = ParameterIn.QUERY, description = "compare: the answer's format",
                            schema = @Schema(allowableValues = {"json", "docx", "pdf", "akn", "html"}))},
            responses = @ApiResponse(responseCode = "200", description = "the file, as an attachment",
                    content = {@Content(mediaType = MediaType.TEXT_PLAIN_VALUE),
                            @Content(mediaType = MediaType.TEXT_HTML_VALUE),
                            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                            @Content(mediaType = "application/pdf"),
                            @Content(mediaType = "application/akn+xml")}))
    ResponseEntity<String> export(@PathVariable String id,
                                  @Parameter(description = "the format", schema = @Schema(allowableValues = {"marked",
                                          "clean-agreed", "clean-open", "html", "json", "docx", "pdf", "akn",
                                          "compare"}, defaultValue = "marked"))
                                  @RequestParam(defaultValue = "marked") String format,
                                  @Parameter(description = "an earlier revision; default: the latest")
                                  @RequestParam(required = false) Long revision) {
        StoredDocument stored = documents.get(id);
        NegotiationDocument doc = revision == null ? stored.document() : documents.asOf(id, revision);
        String base = fileName(doc.header().symbol(), id) + (revision == null ? "" : "-r" + revision);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "marked" -> file(renderer.marked(doc), TEXT, base + "-marked.txt");
            case "clean-agreed" -> file(renderer.cleanAgreed(doc), TEXT, base + "-clean-agreed.txt");
            case "clean-open" -> file(renderer.cleanOpen(doc), TEXT, base + "-clean-open.txt");
            case "html" -> file(renderer.html(doc, HtmlOptions.page()), HTML, base + ".html");
            case "json" -> file(json.write(doc), JSON, base + ".json");
            default -> throw new IllegalArgumentException("unknown export format '" + format
                    + "': use marked, clean-agreed, clean-open, html or json (docx, pdf, akn and compare: exports)");
        };
    }

    private static ResponseEntity<String> file(String content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** WO/PBC/34/15 becomes WO-PBC-34-15: a name every file system accepts. */
    static String fileName(String symbol, String id) {
        String name = symbol == null ? "" : symbol.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                .replaceAll("^-+|-+$", "");
        return name.isEmpty() ? id : name;
    }

    private static DocumentService.ImportFormat importFormat(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "notation", "text", "txt" -> DocumentService.ImportFormat.NOTATION;
            case "docx" -> DocumentService.ImportFormat.DOCX;
            default -> throw new IllegalArgumentException("unknown import format '" + format + "': use notation or docx");
        };
    }

    private static String language(String language) {
        String tag = language.strip();
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("language must be a BCP 47 tag such as zh or en, not '" + language + "'");
        }
        return tag.toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(MultipartFile file) {
        if (file.isEmpty()) throw new IllegalArgumentException("the uploaded file is empty");
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
