package org.shizhi.adapters.search.lucene;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.util.BytesRef;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.analysis.QueryPlan;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;

/** A query plan and filters as Lucene queries; the Elasticsearch adapter builds the same structure in its DSL. */
final class LuceneQueries {

    private LuceneQueries() {
    }

    static Query of(QueryPlan plan, ArchiveQuery q) {
        return of(plan, q, Map.of());
    }

    /**
     * With {@code factsTerms}, the facts terms' states as the statistics pass found them in the searched reader: a
     * description's hundreds of term queries then seek nothing again when their weights are made.
     */
    static Query of(QueryPlan plan, ArchiveQuery q, Map<String, TermStates> factsTerms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(plan, factsTerms), Occur.MUST);
        filters(b, q.filters());
        b.add(LongPoint.newRangeQuery(CaseFields.INDEXED_AT, Long.MIN_VALUE, q.indexedUpTo()), Occur.FILTER);
        for (CaseId id : q.excluded()) {
            b.add(new TermQuery(new Term(CaseFields.ID, id.value())), Occur.MUST_NOT);
        }
        return b.build();
    }

    static Query text(QueryPlan plan) {
        return text(plan, Map.of());
    }

    private static Query text(QueryPlan plan, Map<String, TermStates> factsTerms) {
        return switch (plan) {
            case QueryPlan.Everything e -> new MatchAllDocsQuery();
            case QueryPlan.Keywords k -> keywords(k);
            case QueryPlan.Similar s -> {
                if (s.words().isEmpty()) {
                    yield new MatchNoDocsQuery("the description has no term any case holds");
                }
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (QueryPlan.Weighted w : s.words()) {
                    TermStates states = factsTerms.get(w.word());
                    Term t = new Term(CaseFields.FACTS, w.word());
                    Query term = states == null ? new TermQuery(t) : new TermQuery(t, states);
                    b.add(w.weight() == 1f ? term : new BoostQuery(term, w.weight()), Occur.SHOULD);
                }
                yield b.build();
            }
        };
    }

    private static Query keywords(QueryPlan.Keywords k) {
        if (k.clauses().isEmpty()) {
            return new MatchNoDocsQuery("no term left after analysis");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryPlan.Clause c : k.clauses()) {
            Query clause;
            if (c.alternatives().size() == 1) {
                clause = phrase(c.alternatives().getFirst().bigrams());
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                c.alternatives().forEach(a -> any.add(phrase(a.bigrams()), Occur.SHOULD));
                clause = any.build();
            }
            b.add(clause, c.excluded() ? Occur.MUST_NOT : Occur.MUST);
            if (!c.excluded()) {
                positive = true;
                for (QueryPlan.Alternative a : c.alternatives()) {
                    for (String w : a.words()) {
                        b.add(new TermQuery(new Term(CaseFields.WORDS, w)), Occur.SHOULD);
                    }
                }
            }
        }
        if (!positive) {
            return new MatchNoDocsQuery("every remaining clause is an exclusion");
        }
        return b.build();
    }

    private static Query phrase(List<String> bigrams) {
        if (bigrams.size() == 1) {
            return new TermQuery(new Term(CaseFields.BIGRAMS, bigrams.getFirst()));
        }
        return new PhraseQuery(CaseFields.BIGRAMS, bigrams.toArray(String[]::new));
    }

    private static void filters(BooleanQuery.Builder b, CaseFilters f) {
        f.city().ifPresent(c -> b.add(new TermQuery(new Term(CaseFields.CITY, c.value())), Occur.FILTER));
        f.areaWithin().ifPresent(a -> b.add(new TermQuery(new Term(CaseFields.AREA_PATH, a.prefix())), Occur.FILTER));
        if (!f.caseTypes().isEmpty()) {
            b.add(new TermInSetQuery(CaseFields.CASE_TYPE, f.caseTypes().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (!f.sources().isEmpty()) {
            b.add(new TermInSetQuery(CaseFields.SOURCE, f.sources().stream().map(s -> new BytesRef(s.name())).toList()), Occur.FILTER);
        }
        if (f.occurredFrom().isPresent() || f.occurredTo().isPresent()) {
            b.add(LongPoint.newRangeQuery(CaseFields.OCCURRED, f.occurredFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE),
                    f.occurredTo().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE)), Occur.FILTER);
        }
        if (f.closedFrom().isPresent() || f.closedTo().isPresent()) {
            b.add(LongPoint.newRangeQuery(CaseFields.CLOSED, f.closedFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE),
                    f.closedTo().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE)), Occur.FILTER);
        }
        for (String tag : f.tags()) {
            b.add(new TermQuery(new Term(CaseFields.TAGS, tag)), Occur.FILTER);
        }
    }
}
