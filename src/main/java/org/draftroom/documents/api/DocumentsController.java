package org.draftroom.documents.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.api.EntityTags;
import org.draftroom.api.Page;
import org.draftroom.api.PageRequest;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.StoredDocument;
import org.draftroom.notation.ModelJson;

/** Documents over HTTP. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Negotiation texts: list, read, import, export")
class DocumentsController {
    static final int MAX_PAGE = 200;
    private final DocumentService documents;
    private final ModelJson json;

    DocumentsController(DocumentService documents, ModelJson json) {
        this.documents = documents;
        this.json = json;
    }

    /** One row of the list; {@code session} is the session code such as {@code PBC/34}. */
    record DocumentListItem(String id, String symbol, String title, String language, String session,
                            long revision) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the documents", description = "One page of the documents with their symbol, title, "
            + "language, session and current revision, in the order of the document list; total counts them all "
            + "(or all with the symbol asked for). Any signed-in user.")
    Page<DocumentListItem> list(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "documents per page, 1 to " + MAX_PAGE)
                      @RequestParam(defaultValue = "50") int size,
                      @Parameter(description = "only documents with this symbol, e.g. WO/PBC/34/15 (a symbol is not "
                              + "unique: a text imported again or into another session keeps it)")
                      @RequestParam(required = false) String symbol) {
        PageRequest request = PageRequest.of(page, size, MAX_PAGE);
        return Page.of(documents.list().stream()
                .filter(d -> symbol == null || symbol.strip().equals(d.symbol().strip()))
                .map(d -> new DocumentListItem(d.id(), d.symbol(), d.title(),
                d.language(), d.sessionCode(), d.revision())).toList(), request);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The document as JSON",
            description = "The full model (sections, paragraphs, proposals, positions) in the JSON form documented "
                    + "in docs/notation-json.md. The ETag is the document's revision; send it back as If-Match to "
                    + "write only if nobody changed the document since. Any signed-in user.",
            responses = @ApiResponse(responseCode = "200", description = "the document",
                    headers = @Header(name = HttpHeaders.ETAG, description = "the revision, e.g. \"12\""),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)))
    ResponseEntity<String> get(@PathVariable String id) {
        StoredDocument stored = documents.get(id);
        return ResponseEntity.ok().eTag(EntityTags.of(stored.revision()))
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .body(json.write(stored.document()));
    }
}
