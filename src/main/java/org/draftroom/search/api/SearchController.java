package org.draftroom.search.api;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.draftroom.api.PageRequest;
import org.draftroom.api.ProblemMapping;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;
import org.draftroom.search.IndexStatus;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchService;

/** Full-text search over all negotiation texts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Full-text search with filters and facets")
class SearchController {
    static final ProblemType INDEX_BUILDING = new ProblemType("index-building", HttpStatus.SERVICE_UNAVAILABLE,
            "The search index is being built");
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** One page of hits; {@code total} counts all matches, so {@code ceil(total / size)} pages exist. */
    @Schema(description = "One page of hits with the total number of matches and the facet counts of all of them")
    record SearchPage(List<SearchResult.Hit> items, int page, int size, long total, List<SearchResult.Facet> facets,
                      double tookMillis) {
    }

    @Operation(summary = "Search paragraphs, proposals, positions and statements, in working texts and frozen versions",
            description = "q uses Lucene syntax: words are ANDed, \"phrases\" in quotes, OR, NOT, prefix*. Repeat a "
                    + "filter parameter (or separate values with commas) to accept any of its values. Each hit "
                    + "links to a paragraph: /documents/{documentId}#{blockId}; a hit with version > 0 is in that "
                    + "frozen version of the document (versionLabel says how it was issued). Paged: page from 0, "
                    + "size 1 to 200; total counts every match.")
    @ApiResponse(responseCode = "200", description = "one page of hits, the total and the facet counts")
    @ApiResponse(responseCode = "503", description = "the index is being built (the problem's index member carries "
            + "the progress; Retry-After), or the database is not available")
    @GetMapping(value = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchPage search(
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
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "hits per page, 1 to 200") @RequestParam(defaultValue = "20") int size) {
        PageRequest paging = PageRequest.of(page, size, SearchRequest.MAX_LIMIT);
        if (paging.offset() > SearchRequest.MAX_OFFSET) {
            throw new IllegalArgumentException("pages end at hit " + SearchRequest.MAX_OFFSET + ": narrow the search");
        }
        SearchResult result = search.search(new SearchRequest(q, document, section, delegation, kind, status, session,
                version, paging.size(), (int) paging.offset()));
        if (!result.index().ready()) throw new IndexNotReady(result.index());
        return new SearchPage(result.hits(), paging.page(), paging.size(), result.total(), result.facets(),
                result.tookMillis());
    }

    @Operation(summary = "State of the search index", description = "ready, or being built with its progress; "
            + "any signed-in user")
    @GetMapping(value = "/search/status", produces = MediaType.APPLICATION_JSON_VALUE)
    IndexStatus status() {
        return search.status();
    }

    static final class IndexNotReady extends RuntimeException {
        final IndexStatus status;

        IndexNotReady(IndexStatus status) {
            super("the search index is being built: " + status.percent() + "% done");
            this.status = status;
        }
    }

    @Component
    static class SearchProblems implements ProblemMapping {
        @Override
        public Optional<ProblemDetail> problemFor(Throwable e) {
            if (!(e instanceof IndexNotReady notReady)) return Optional.empty();
            ProblemDetail p = Problems.of(INDEX_BUILDING, notReady.getMessage() + "; try again in a few seconds");
            p.setProperty("index", notReady.status);
            return Optional.of(p);
        }
    }
}
