package org.draftroom.exports.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.exports.Comparison;
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.ExportFormat;
import org.draftroom.exports.ExportRequest;
import org.draftroom.exports.ExportVariant;
import org.draftroom.exports.ExportService;
import org.draftroom.exports.ExportedFile;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;

/**
 * Word, PDF and Akoma Ntoso exports, comparisons and versions. The export path is shared with the documents
 * module's own formats (marked/clean text, HTML, JSON): these mappings only answer {@code format=docx|pdf|akn|
 * compare}, so each module serves its own formats.
 */
@RestController
@RequestMapping("/api/v1/documents/{id}")
@Tag(name = "Exports", description = "DOCX, PDF, Akoma Ntoso, comparisons between versions, versions")
class ExportsController {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String AKN = "application/akn+xml";
    private final ExportService exports;
    private final VersionService versions;

    ExportsController(ExportService exports, VersionService versions) {
        this.exports = exports;
        this.versions = versions;
    }

    @GetMapping(value = "/export", params = "format=docx", produces = DOCX)
    @Operation(hidden = true)
    ResponseEntity<byte[]> docx(@PathVariable String id, @RequestParam(required = false) String variant,
                                @RequestParam(defaultValue = "true") boolean tracked,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String version,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String block) {
        return file(exports.export(request(id, ExportFormat.DOCX, variant, tracked, to, version, from, block)));
    }

    @GetMapping(value = "/export", params = "format=pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(hidden = true)
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String variant,
                               @RequestParam(defaultValue = "false") boolean tracked,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String version,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String block) {
        return file(exports.export(request(id, ExportFormat.PDF, variant, tracked, to, version, from, block)));
    }

    @GetMapping(value = "/export", params = "format=akn", produces = AKN)
    @Operation(hidden = true)
    ResponseEntity<byte[]> akn(@PathVariable String id, @RequestParam(required = false) String variant,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String version,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String block) {
        return file(exports.export(request(id, ExportFormat.AKN, variant, true, to, version, from, block)));
    }

    @GetMapping(value = "/export", params = "format=compare", produces = {MediaType.APPLICATION_JSON_VALUE, DOCX,
            MediaType.APPLICATION_PDF_VALUE, AKN, MediaType.TEXT_HTML_VALUE})
    @Operation(hidden = true)
    ResponseEntity<?> compare(@PathVariable String id, @RequestParam String from,
                              @RequestParam(defaultValue = VersionService.CURRENT) String to,
                              @RequestParam(required = false) String block,
                              @RequestParam(defaultValue = "json") String as) {
        if (as.equals("json")) return ResponseEntity.ok(exports.compare(id, from, to, block));
        ExportFormat format = ExportFormat.parse(as);
        return file(exports.export(new ExportRequest(id, format, ExportVariant.MARKED, true, to, from, block)));
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Versions of the document, oldest first", description = "Every version frozen at a "
            + "session, with how it was issued (session, symbol, date, annex label). Any signed-in user.")
    List<DocumentVersion> versions(@PathVariable String id) {
        return versions.versions(id);
    }

    @GetMapping(value = "/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One version of the document", description = "How version number was issued; its text: "
            + "GET …/export?version={number}. This is where the Location of a freeze points. Any signed-in user.")
    DocumentVersion version(@PathVariable String id, @PathVariable int number) {
        return versions.versions(id).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new DocumentNotFoundException("no version " + number + " of document " + id));
    }

    /** How to issue the current state. */
    record FreezeRequest(String session, String symbol,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String annexLabel,
                         String issuedAs) {
    }

    @PostMapping(value = "/versions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Freeze the current state as a version issued at a session (secretariat)",
            description = "Stores the document as it stands now as the next version, issued at the given session "
                    + "under the given symbol, date and annex label; it can be exported and compared from then on. "
                    + "The session, when given, must be one the secretariat has created (Sessions screen).",
            responses = {
                    @ApiResponse(responseCode = "201", description = "frozen; Location names the new version",
                            headers = @Header(name = HttpHeaders.LOCATION,
                                    description = "/api/v1/documents/{id}/versions/{number}")),
                    @ApiResponse(responseCode = "400", description = "no such session, or no symbol"),
                    @ApiResponse(responseCode = "403", description = "only the secretariat issues versions")})
    ResponseEntity<DocumentVersion> freeze(@PathVariable String id, @RequestBody FreezeRequest body) {
        DocumentVersion version = versions.freeze(id, new IssueDetails(body.session(), body.symbol(), body.issuedOn(),
                body.annexLabel(), body.issuedAs()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/versions/" + version.number()))
                .body(version);
    }

    private static ExportRequest request(String id, ExportFormat format, String variant, boolean tracked, String to,
                                         String version, String from, String block) {
        return new ExportRequest(id, format, ExportVariant.parse(variant), tracked, version != null ? version : to,
                from, block);
    }

    private static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

}
