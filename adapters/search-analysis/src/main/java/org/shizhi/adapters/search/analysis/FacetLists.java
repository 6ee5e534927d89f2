package org.shizhi.adapters.search.analysis;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.archive.model.FacetCount;
import org.shizhi.domain.archive.model.FacetKind;

/** Facet counts in the order the port promises: highest count first, then by value; at most {@link #TOP} per facet. */
public final class FacetLists {

    public static final int TOP = 50;

    private FacetLists() {
    }

    public static Map<FacetKind, List<FacetCount>> of(Map<FacetKind, Map<String, Long>> counts) {
        Map<FacetKind, List<FacetCount>> out = new EnumMap<>(FacetKind.class);
        for (FacetKind kind : FacetKind.values()) {
            out.put(kind, counts.getOrDefault(kind, Map.of()).entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                    .limit(TOP).toList());
        }
        return out;
    }
}
