package org.draftroom.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene query syntax over every language field at once. Words are ANDed; each word or phrase becomes a
 * disjunction over the language fields (a text is indexed only in its own language's fields). Chinese has no
 * spaces, so on the Chinese fields what the user typed as one word is matched as a phrase: on the bigram field
 * that is exactly a substring match, on the word field the segmented words in sequence. Otherwise 监督司 would
 * match any text with 监督 somewhere and 司 elsewhere, and NOT 监督司 would exclude too much. Field syntax ("x:y") is disabled: colons are common in negotiation text.
 */
final class TextQueryParser extends QueryParser {
    private static final String ANY = "_any";

    private TextQueryParser(Analyzer analyzer) {
        super(ANY, analyzer);
        setDefaultOperator(Operator.AND);
    }

    /** The query for the text; a syntax error falls back to the literal text rather than failing the search. */
    static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) return new MatchAllDocsQuery();
        try {
            return new TextQueryParser(analyzer).parse(text.replace(":", "\\:"));
        } catch (ParseException | RuntimeException e) {
            try {
                return new TextQueryParser(analyzer).parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot read the search text: " + again.getMessage(), again);
            }
        }
    }

    private interface PerField {
        Query on(String field) throws ParseException;
    }

    private Query overFields(List<String> fields, PerField perField) throws ParseException {
        List<Query> queries = new ArrayList<>();
        for (String field : fields) {
            Query q = perField.on(field);
            if (q != null) queries.add(q);
        }
        if (queries.isEmpty()) return null;
        return queries.size() == 1 ? queries.getFirst() : new DisjunctionMaxQuery(queries, 0.1f);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!ANY.equals(field)) return super.getFieldQuery(field, queryText, quoted || isChinese(field));
        return overFields(Analysis.TEXT_FIELDS, f -> getFieldQuery(f, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (!ANY.equals(field)) return super.getFieldQuery(field, queryText, slop);
        return overFields(Analysis.TEXT_FIELDS, f -> super.getFieldQuery(f, queryText, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (!ANY.equals(field)) return super.getPrefixQuery(field, termStr);
        return overFields(Analysis.TERM_PATTERN_FIELDS, f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (!ANY.equals(field)) return super.getWildcardQuery(field, termStr);
        return overFields(Analysis.TERM_PATTERN_FIELDS, f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (!ANY.equals(field)) return super.getFuzzyQuery(field, termStr, minSimilarity);
        return overFields(Analysis.TERM_PATTERN_FIELDS, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) {
        return new MatchNoDocsQuery("ranges are not supported");
    }

    private static boolean isChinese(String field) {
        return Analysis.ZH_BIGRAM.equals(field) || Analysis.ZH.equals(field) || Analysis.NAMES.equals(field);
    }
}
