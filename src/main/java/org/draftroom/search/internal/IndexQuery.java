package org.draftroom.search.internal;

import org.springframework.web.util.HtmlUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import org.draftroom.search.IndexStatus;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.SearchResult.Facet;
import org.draftroom.search.SearchResult.FacetValue;
import org.draftroom.search.SearchResult.Hit;

/**
 * Runs one search on one searcher: the text query over the language fields, filters as drill-downs, facet counts
 * by drill-sideways (a dimension's counts ignore its own filter so checkboxes stay meaningful), and snippets from
 * the UnifiedHighlighter using the offsets stored in the postings.
 */
final class IndexQuery {
    private static final int FACET_VALUES = 100;
    private static final int SNIPPET_FALLBACK = 240;
    /** Document by document, the working text before its versions, each in reading order. */
    private static final Sort DOCUMENT_ORDER = new Sort(new SortField(Schema.DOCUMENT_ID, SortField.Type.STRING),
            new SortField(Schema.TEXT_VERSION, SortField.Type.LONG), new SortField(Schema.ORDER, SortField.Type.LONG));

    private IndexQuery() {
    }

    static SearchResult run(Generation.FacetedSearcher searcher, Analyzer analyzer, SearchRequest request,
                            IndexStatus status, Map<String, String> symbols) throws IOException {
        long start = System.nanoTime();
        Query text = TextQueryParser.parse(request.query(), analyzer);
        boolean hasText = !(text instanceof MatchAllDocsQuery);
        Query base = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(Schema.TYPE, Schema.ENTRY)), Occur.FILTER)
                .build();
        DrillDownQuery query = new DrillDownQuery(Schema.FACETS, base);
        filter(query, "document", request.documents());
        filter(query, "section", request.sections());
        filter(query, "delegation", request.delegations());
        filter(query, "kind", request.kinds());
        filter(query, "status", request.statuses());
        filter(query, "session", request.sessions());
        filter(query, "version", request.versions());

        TopDocs top;
        List<Facet> facets;
        int wanted = request.offset() + request.limit();
        if (searcher.facetState == null) {
            top = searcher.search(query, wanted);
            facets = List.of();
        } else {
            DrillSideways sideways = new DrillSideways(searcher, Schema.FACETS, searcher.facetState);
            DrillSideways.DrillSidewaysResult result = hasText
                    ? sideways.search(query, wanted)
                    : sideways.search(query, null, null, wanted, DOCUMENT_ORDER, false);
            top = result.hits;
            facets = facets(result.facets, symbols);
        }
        // a page is the best (offset + limit) with the first offset dropped: Lucene ranks, we slice
        ScoreDoc[] all = top.scoreDocs;
        top = new TopDocs(top.totalHits, Arrays.copyOfRange(all, Math.min(all.length, request.offset()), all.length));
        List<Hit> hits = hits(searcher, analyzer, text, hasText, top);
        double took = (System.nanoTime() - start) / 1e6;
        return new SearchResult(status, top.totalHits.value(), hits, facets, took);
    }

    private static void filter(DrillDownQuery query, String dimension, List<String> values) {
        if (values.isEmpty()) return;
        String field = Schema.FACETS.getDimConfig(dimension).indexFieldName;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(DrillDownQuery.term(field, dimension, value)), Occur.SHOULD);
        }
        query.add(dimension, any.build());
    }

    private static List<Facet> facets(Facets counts, Map<String, String> symbols) throws IOException {
        List<Facet> out = new ArrayList<>();
        for (String dimension : Schema.DIMENSIONS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException notIndexed) {
                result = null;
            }
            List<FacetValue> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    String label = switch (dimension) {
                        case "document" -> symbols.getOrDefault(lv.label, lv.label);
                        case "version" -> lv.label.equals(SourceDocument.CURRENT) ? lv.label : "v" + lv.label;
                        default -> lv.label;
                    };
                    values.add(new FacetValue(lv.label, label, lv.value.longValue()));
                }
            }
            out.add(new Facet(dimension, values));
        }
        return out;
    }

    private static List<Hit> hits(Generation.FacetedSearcher searcher, Analyzer analyzer, Query text, boolean hasText,
                                  TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        int n = top.scoreDocs.length;
        Document[] docs = new Document[n];
        for (int i = 0; i < n; i++) docs[i] = stored.document(top.scoreDocs[i].doc);
        String[] snippets = new String[n];
        if (hasText && n > 0) highlight(searcher, analyzer, text, top, docs, snippets);
        List<Hit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document d = docs[i];
            ScoreDoc sd = top.scoreDocs[i];
            String snippet = snippets[i] != null ? snippets[i]
                    : escape(EntryExtractor.shorten(value(d, Schema.TEXT), SNIPPET_FALLBACK));
            hits.add(new Hit(value(d, Schema.DOCUMENT_ID), value(d, Schema.SYMBOL), value(d, Schema.ENTRY_ID),
                    value(d, Schema.BLOCK_ID), value(d, Schema.LABEL), value(d, Schema.SECTION),
                    value(d, Schema.KIND), value(d, Schema.STATUS), value(d, Schema.SESSION),
                    Arrays.asList(d.getValues(Schema.DELEGATION)), value(d, Schema.LANGUAGE), snippet,
                    value(d, Schema.CONTEXT), number(d, Schema.TEXT_VERSION), value(d, Schema.VERSION_LABEL),
                    Float.isNaN(sd.score) ? 0f : sd.score));
        }
        return hits;
    }

    /**
     * Snippets field by field, in the order of {@link Analysis#TEXT_FIELDS}, each time only for the hits that are
     * indexed in that field and still have no snippet: a Chinese hit is highlighted on the bigram field (exact
     * substrings) and only falls back to the word field when that found nothing, e.g. for a one-character query.
     * Each field is highlighted with its own part of the query ({@link FieldQuery}), not the whole disjunction.
     */
    private static void highlight(Generation.FacetedSearcher searcher, Analyzer analyzer, Query text, TopDocs top,
                                  Document[] docs, String[] snippets) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000)
                .withMaxNoHighlightPassages(0) // a field without a match yields no snippet: the next field is tried
                .build();
        for (String field : Analysis.TEXT_FIELDS) {
            Query onField = FieldQuery.on(text, field);
            if (onField == null) continue;
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                if (snippets[i] == null && Analysis.fieldsFor(docs[i].get(Schema.LANGUAGE)).contains(field)) {
                    pending.add(i);
                }
            }
            if (pending.isEmpty()) continue;
            int[] ids = pending.stream().mapToInt(i -> top.scoreDocs[i].doc).toArray();
            String[] found = highlighter.highlightFields(new String[]{field}, onField, ids, new int[]{2}).get(field);
            for (int k = 0; k < pending.size(); k++) {
                if (found != null && found[k] != null) snippets[pending.get(k)] = found[k];
            }
        }
    }

    /** Document symbols and titles by document id, from the meta documents. */
    static Map<String, String> symbols(Generation.FacetedSearcher searcher) throws IOException {
        Map<String, String> out = new HashMap<>();
        TopDocs docs = searcher.search(new TermQuery(new Term(Schema.TYPE, Schema.META)), Integer.MAX_VALUE / 2);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs.scoreDocs) {
            Document d = stored.document(sd.doc);
            String symbol = value(d, Schema.SYMBOL);
            out.put(value(d, Schema.DOCUMENT_ID), symbol.isBlank() ? value(d, Schema.TITLE) : symbol);
        }
        return out;
    }

    private static int number(Document d, String field) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }

    private static String value(Document d, String field) {
        String v = d.get(field);
        return v == null ? "" : v;
    }

    /** The five characters that matter in UTF-8 HTML text and attributes (Spring's escaper, not a copy). */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
