package org.draftroom.documents.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.StoredDocument;
import org.draftroom.notation.ModelJson;

/** Documents over HTTP. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Negotiation texts: list, read, import, export")
class DocumentsController {
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
    @Operation(summary = "List all documents", description = "Every document with its symbol, title, language "
            + "and session. Any signed-in user.")
    List<DocumentListItem> list() {
        return documents.list().stream().map(d -> new DocumentListItem(d.id(), d.symbol(), d.title(), d.language(),
                d.sessionCode(), d.revision())).toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The document as JSON",
            description = "The full model (sections, paragraphs, proposals, positions) in the JSON form "
                    + "documented in docs/. The ETag is the document's revision.",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json")),
                    @ApiResponse(responseCode = "404", description = "no such document",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = org.springframework.http.ProblemDetail.class)))})
    ResponseEntity<String> get(@PathVariable String id) {
        StoredDocument stored = documents.get(id);
        return ResponseEntity.ok().eTag(Long.toString(stored.revision()))
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .body(json.write(stored.document()));
    }
}
