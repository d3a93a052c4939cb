package org.draftroom.search;

import java.util.List;

/**
 * A search: free text in Lucene syntax (phrases in quotes, AND/OR/NOT, prefix*; words are ANDed) and filters.
 * Values within one filter are alternatives (OR), filters combine with AND. Empty text with filters lists the
 * matching entries in document order.
 *
 * @param versions {@code current} (the working texts) and/or version numbers ({@code 1}, {@code 2}, …: the texts as
 *                 frozen at sessions); empty = all
 * @param limit    number of hits wanted, 1 to {@link #MAX_LIMIT}
 * @param offset   number of best hits to skip (paging), 0 to {@link #MAX_OFFSET}
 */
public record SearchRequest(String query, List<String> documents, List<String> sections, List<String> delegations,
                            List<String> kinds, List<String> statuses, List<String> sessions, List<String> versions,
                            int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    /** Deep pages cost the index as much as one long page: 10,000 hits is beyond any reader's patience. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        documents = clean(documents);
        sections = clean(sections);
        delegations = clean(delegations);
        kinds = clean(kinds);
        statuses = clean(statuses);
        sessions = clean(sessions);
        versions = clean(versions);
        if (limit <= 0) limit = DEFAULT_LIMIT;
        if (limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be at most " + MAX_LIMIT);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("the first hit must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
    }

    /** The first page. */
    public SearchRequest(String query, List<String> documents, List<String> sections, List<String> delegations,
                         List<String> kinds, List<String> statuses, List<String> sessions, List<String> versions,
                         int limit) {
        this(query, documents, sections, delegations, kinds, statuses, sessions, versions, limit, 0);
    }

    /** Without a version filter: working texts and versions alike. */
    public SearchRequest(String query, List<String> documents, List<String> sections, List<String> delegations,
                         List<String> kinds, List<String> statuses, List<String> sessions, int limit) {
        this(query, documents, sections, delegations, kinds, statuses, sessions, null, limit);
    }

    public static SearchRequest text(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).distinct().toList();
    }
}
