package org.shizhi.adapters.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.domain.archive.model.FacetKind;

/**
 * Counts every hit by case type, district, year and source from their doc values: per segment by ordinal, turned into
 * values once per segment. No taxonomy to keep: the facets are plain single-valued keyword fields.
 */
final class FacetCollector implements Collector {

    final Map<FacetKind, Map<String, Long>> counts = new EnumMap<>(FacetKind.class);
    long hits;

    /** Every hit of a query counted, and counted by each facet's values. */
    record Counted(long hits, Map<FacetKind, Map<String, Long>> counts) {
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        // Arrays indexed by the kind's ordinal: collect() runs once per hit, up to the whole archive.
        FacetKind[] kinds = FacetKind.values();
        SortedDocValues[] values = new SortedDocValues[kinds.length];
        int[][] ords = new int[kinds.length][];
        for (FacetKind k : kinds) {
            values[k.ordinal()] = DocValues.getSorted(context.reader(), CaseFields.FACETS.get(k));
            ords[k.ordinal()] = new int[Math.max(values[k.ordinal()].getValueCount(), 0)];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                hits++;
                for (int k = 0; k < values.length; k++) {
                    if (values[k].advanceExact(doc)) {
                        ords[k][values[k].ordValue()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (FacetKind k : kinds) {
                    int[] c = ords[k.ordinal()];
                    Map<String, Long> into = counts.computeIfAbsent(k, x -> new HashMap<>());
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            into.merge(values[k.ordinal()].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<FacetCollector, Counted> {
        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public Counted reduce(Collection<FacetCollector> collectors) {
            Map<FacetKind, Map<String, Long>> all = new EnumMap<>(FacetKind.class);
            long hits = 0;
            for (FacetCollector c : collectors) {
                hits += c.hits;
                c.counts.forEach((k, m) -> m.forEach((v, n) -> all.computeIfAbsent(k, x -> new HashMap<>()).merge(v, n, Long::sum)));
            }
            for (FacetKind k : FacetKind.values()) {
                all.putIfAbsent(k, Map.of());
            }
            return new Counted(hits, all);
        }
    }

}
