package org.draftroom.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a text query that can highlight one field. The parsed query asks every language field for every
 * word (a disjunction per word); to highlight a hit on one field only that field's sub-queries matter, and matching
 * the whole query again per hit and field is what made snippets cost as much as the search. Only used on hits,
 * which match the whole query already, so the structure around the field's parts is relaxed to "any of them": the
 * same matches are marked as with the whole query (its positive parts on that field that match the hit).
 */
final class FieldQuery {
    private FieldQuery() {
    }

    /** The parts of {@code query} on {@code field} as alternatives, or null when it has none there. */
    static Query on(Query query, String field) {
        Set<String> fields = fields(query);
        if (!fields.contains(field)) return null;
        if (fields.size() == 1) return query;
        return switch (query) {
            case BooleanQuery bq -> any(bq.clauses().stream().filter(c -> c.occur() != Occur.MUST_NOT)
                    .map(BooleanClause::query).toList(), field);
            case DisjunctionMaxQuery dmq -> any(new ArrayList<>(dmq.getDisjuncts()), field);
            default -> query;
        };
    }

    private static Query any(List<Query> parts, String field) {
        List<Query> kept = new ArrayList<>();
        for (Query part : parts) {
            Query q = on(part, field);
            if (q != null) kept.add(q);
        }
        if (kept.isEmpty()) return null;
        if (kept.size() == 1) return kept.getFirst();
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        kept.forEach(q -> out.add(q, Occur.SHOULD));
        return out.build();
    }

    /** The fields a query's positive and negative parts look at. */
    static Set<String> fields(Query query) {
        Set<String> out = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                out.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }
}
