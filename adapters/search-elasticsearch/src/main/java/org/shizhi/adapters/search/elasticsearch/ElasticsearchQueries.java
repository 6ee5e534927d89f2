package org.shizhi.adapters.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.analysis.QueryPlan;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;

/**
 * A query plan and filters in the Elasticsearch DSL, clause for clause what {@code LuceneQueries} builds: the text as
 * one {@code must} (its optional parts nested, so filters never make them optional), filters as {@code filter}.
 */
final class ElasticsearchQueries {

    private static final long MAX_EXACT = (1L << 53) - 1;

    private ElasticsearchQueries() {
    }

    static Query of(QueryPlan plan, ArchiveQuery q) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        b.must(text(plan));
        filters(b, q.filters());
        // The bound travels as a double: keep it where doubles are exact (2^53 ms is far beyond any real instant).
        double upTo = (double) Math.min(q.indexedUpTo(), MAX_EXACT);
        b.filter(f -> f.range(r -> r.number(n -> n.field(CaseFields.INDEXED_AT).lte(upTo))));
        if (!q.excluded().isEmpty()) {
            b.mustNot(m -> m.terms(t -> t.field(CaseFields.ID).terms(v -> v.value(
                    q.excluded().stream().map(CaseId::value).map(FieldValue::of).toList()))));
        }
        return b.build()._toQuery();
    }

    private static Query text(QueryPlan plan) {
        return switch (plan) {
            case QueryPlan.Everything e -> Query.of(m -> m.matchAll(a -> a));
            case QueryPlan.Keywords k -> keywords(k);
            case QueryPlan.Similar s -> {
                if (s.words().isEmpty()) {
                    yield Query.of(m -> m.matchNone(n -> n));
                }
                BoolQuery.Builder b = new BoolQuery.Builder().minimumShouldMatch("1");
                for (QueryPlan.Weighted w : s.words()) {
                    b.should(sh -> sh.term(t -> t.field(CaseFields.FACTS).value(w.word()).boost(w.weight())));
                }
                yield b.build()._toQuery();
            }
        };
    }

    private static Query keywords(QueryPlan.Keywords k) {
        if (k.clauses().isEmpty() || k.clauses().stream().allMatch(QueryPlan.Clause::excluded)) {
            return Query.of(m -> m.matchNone(n -> n));
        }
        BoolQuery.Builder b = new BoolQuery.Builder();
        for (QueryPlan.Clause c : k.clauses()) {
            Query clause;
            if (c.alternatives().size() == 1) {
                clause = phrase(c.alternatives().getFirst().bigrams());
            } else {
                List<Query> any = new ArrayList<>();
                c.alternatives().forEach(a -> any.add(phrase(a.bigrams())));
                clause = Query.of(q -> q.bool(o -> o.should(any)));
            }
            if (c.excluded()) {
                b.mustNot(clause);
            } else {
                b.must(clause);
                for (QueryPlan.Alternative a : c.alternatives()) {
                    for (String w : a.words()) {
                        b.should(s -> s.term(t -> t.field(CaseFields.WORDS).value(w)));
                    }
                }
            }
        }
        return b.build()._toQuery();
    }

    private static Query phrase(List<String> bigrams) {
        if (bigrams.size() == 1) {
            return Query.of(q -> q.term(t -> t.field(CaseFields.BIGRAMS).value(bigrams.getFirst())));
        }
        return Query.of(q -> q.matchPhrase(p -> p.field(CaseFields.BIGRAMS).query(String.join(" ", bigrams))));
    }

    private static void filters(BoolQuery.Builder b, CaseFilters f) {
        f.city().ifPresent(c -> b.filter(q -> q.term(t -> t.field(CaseFields.CITY).value(c.value()))));
        f.areaWithin().ifPresent(a -> b.filter(q -> q.term(t -> t.field(CaseFields.AREA_PATH).value(a.prefix()))));
        if (!f.caseTypes().isEmpty()) {
            b.filter(q -> q.terms(t -> t.field(CaseFields.CASE_TYPE).terms(v -> v.value(
                    f.caseTypes().stream().map(FieldValue::of).toList()))));
        }
        if (!f.sources().isEmpty()) {
            b.filter(q -> q.terms(t -> t.field(CaseFields.SOURCE).terms(v -> v.value(
                    f.sources().stream().map(s -> FieldValue.of(s.name())).toList()))));
        }
        if (f.occurredFrom().isPresent() || f.occurredTo().isPresent()) {
            b.filter(q -> q.range(r -> r.number(n -> {
                n.field(CaseFields.OCCURRED);
                f.occurredFrom().ifPresent(d -> n.gte((double) d.toEpochDay()));
                f.occurredTo().ifPresent(d -> n.lte((double) d.toEpochDay()));
                return n;
            })));
        }
        if (f.closedFrom().isPresent() || f.closedTo().isPresent()) {
            b.filter(q -> q.range(r -> r.number(n -> {
                n.field(CaseFields.CLOSED);
                f.closedFrom().ifPresent(d -> n.gte((double) d.toEpochDay()));
                f.closedTo().ifPresent(d -> n.lte((double) d.toEpochDay()));
                return n;
            })));
        }
        for (String tag : f.tags()) {
            b.filter(q -> q.term(t -> t.field(CaseFields.TAGS).value(tag)));
        }
    }
}
