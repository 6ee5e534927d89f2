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

    static final Map<FacetKind, String> FIELDS = Map.of(FacetKind.CASE_TYPE, CaseFields.CASE_TYPE,
            FacetKind.DISTRICT, CaseFields.DISTRICT, FacetKind.YEAR, CaseFields.YEAR, FacetKind.SOURCE, CaseFields.SOURCE);

    final Map<FacetKind, Map<String, Long>> counts = new EnumMap<>(FacetKind.class);

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Map<FacetKind, SortedDocValues> values = new EnumMap<>(FacetKind.class);
        Map<FacetKind, int[]> ords = new EnumMap<>(FacetKind.class);
        for (Map.Entry<FacetKind, String> f : FIELDS.entrySet()) {
            SortedDocValues dv = DocValues.getSorted(context.reader(), f.getValue());
            values.put(f.getKey(), dv);
            ords.put(f.getKey(), new int[Math.max(dv.getValueCount(), 0)]);
        }
        FacetKind[] kinds = FacetKind.values();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (FacetKind k : kinds) {
                    SortedDocValues dv = values.get(k);
                    if (dv.advanceExact(doc)) {
                        ords.get(k)[dv.ordValue()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (FacetKind k : kinds) {
                    int[] c = ords.get(k);
                    Map<String, Long> into = counts.computeIfAbsent(k, x -> new HashMap<>());
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            into.merge(values.get(k).lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
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

    static final class Manager implements CollectorManager<FacetCollector, Map<FacetKind, Map<String, Long>>> {
        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public Map<FacetKind, Map<String, Long>> reduce(Collection<FacetCollector> collectors) {
            Map<FacetKind, Map<String, Long>> all = new EnumMap<>(FacetKind.class);
            for (FacetCollector c : collectors) {
                c.counts.forEach((k, m) -> m.forEach((v, n) -> all.computeIfAbsent(k, x -> new HashMap<>()).merge(v, n, Long::sum)));
            }
            for (FacetKind k : FacetKind.values()) {
                all.putIfAbsent(k, Map.of());
            }
            return all;
        }
    }

}
