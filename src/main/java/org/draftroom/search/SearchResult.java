package org.draftroom.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param index   the index state; when not ready, hits and facets are empty
 * @param total   number of matching entries
 * @param hits    best first (or in document order when there was no text)
 * @param facets  counts per dimension; a dimension's counts ignore the filter on that same dimension, so other
 *                values stay selectable
 * @param tookMillis time spent in the index
 */
public record SearchResult(IndexStatus index, long total, List<Hit> hits, List<Facet> facets, double tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public static SearchResult notReady(IndexStatus status) {
        return new SearchResult(status, 0, List.of(), List.of(), 0);
    }

    /**
     * One matching entry.
     *
     * @param blockId     the paragraph to jump to (an element id in the document view)
     * @param label       that paragraph's label, e.g. "§5"
     * @param kind        paragraph, footnote, statement, a proposal kind (delete, insert, …) or a stance (support, …)
     * @param delegations proposer or position holder, group spoken for included (delegation ids)
     * @param snippetHtml the best passage with matches in {@code <mark>}; everything else HTML-escaped
     * @param context     for positions: the wording the position is about, else empty
     * @param version      0 in the working text, else the number of the frozen version the hit is in
     * @param versionLabel for a version: how it was issued, e.g. "v2 · WO/PBC/35/7 附件 · 2023-05-26"; else empty
     */
    public record Hit(String documentId, String documentSymbol, String entryId, String blockId, String label,
                      String section, String kind, String status, String session, List<String> delegations,
                      String language, String snippetHtml, String context, int version, String versionLabel,
                      float score) {
        public Hit {
            delegations = List.copyOf(delegations);
        }
    }

    public record Facet(String dimension, List<FacetValue> values) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    /** @param label display text (document symbol for the document dimension; else the value itself) */
    public record FacetValue(String value, String label, long count) {
    }
}
