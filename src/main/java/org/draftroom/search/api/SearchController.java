package org.draftroom.search.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.search.IndexStatus;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchService;

/** Full-text search over all negotiation texts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "search", description = "Full-text search with filters and facets")
class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Search paragraphs, proposals, positions and statements, in working texts and frozen versions",
            description = "q uses Lucene syntax: words are ANDed, \"phrases\" in quotes, OR, NOT, prefix*. Repeat a "
                    + "filter parameter (or separate values with commas) to accept any of its values. Each hit "
                    + "links to a paragraph: /documents/{documentId}#{blockId}; a hit with version > 0 is in that "
                    + "frozen version of the document (versionLabel says how it was issued).")
    @ApiResponse(responseCode = "200", description = "hits, total and facet counts")
    @ApiResponse(responseCode = "503", description = "the index is being built; body carries the progress",
            content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @GetMapping("/search")
    ResponseEntity<SearchResult> search(
            @Parameter(description = "search text, e.g. 外部评价小组 or 评价 NOT 监督司") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "document id") @RequestParam(required = false) List<String> document,
            @Parameter(description = "section, as in the section facet") @RequestParam(required = false) List<String> section,
            @Parameter(description = "delegation id (proposer or position holder, group included), e.g. RU")
            @RequestParam(required = false) List<String> delegation,
            @Parameter(description = "paragraph, footnote, statement, a proposal kind (delete, insert, …) or a stance (support, oppose, reserve, comment)")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "open, agreed, withdrawn, superseded") @RequestParam(required = false) List<String> status,
            @Parameter(description = "session code, e.g. PBC/34: of the working text, or the session a version was issued at")
            @RequestParam(required = false) List<String> session,
            @Parameter(description = "current (the working texts) or a version number (1, 2, …: a text as frozen at a "
                    + "session); default all") @RequestParam(required = false) List<String> version,
            @Parameter(description = "number of hits, 1 to 200") @RequestParam(defaultValue = "20") int limit) {
        SearchResult result = search.search(new SearchRequest(q, document, section, delegation, kind, status, session,
                version, limit));
        if (!result.index().ready()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(result);
        }
        return ResponseEntity.ok(result);
    }

    @Operation(summary = "State of the search index (ready, or being built with progress)")
    @GetMapping("/search/status")
    IndexStatus status() {
        return search.status();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<java.util.Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(java.util.Map.of("error", e.getMessage()));
    }
}
