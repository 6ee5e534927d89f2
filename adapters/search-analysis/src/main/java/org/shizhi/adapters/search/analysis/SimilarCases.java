package org.shizhi.adapters.search.analysis;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.port.out.CaseArchive;

/**
 * The answer to a pasted description from its {@value CaseArchive#SIMILAR_CASES} most similar cases, which a backend
 * ranks (relevance, then id) and hands over with what a page and the facets need. Ordering, the cursor, the total and
 * the facet counts are worked out here, once for both backends, so that they page and count alike.
 */
public final class SimilarCases {

    /** One of the most similar cases; {@code facets} holds the values the case has (a city-level case has no district). */
    public record Candidate(CaseId id, float score, long closedEpochDay, Map<FacetKind, String> facets) {
    }

    private SimilarCases() {
    }

    public static ArchiveHits answer(List<Candidate> best, ArchiveQuery q, List<String> matchTerms) {
        Comparator<Candidate> order = q.effectiveSort() == CaseSort.NEWEST
                ? Comparator.comparingLong(Candidate::closedEpochDay).reversed().thenComparing(c -> c.id().value())
                : Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.id().value());
        List<Candidate> page = best.stream().sorted(order)
                .filter(c -> q.after().map(a -> order.compare(c, new Candidate(a.id(), a.score(), a.closedEpochDay(), Map.of())) > 0)
                        .orElse(true))
                .limit(q.size()).toList();
        Map<FacetKind, Map<String, Long>> counts = new EnumMap<>(FacetKind.class);
        if (q.facets()) {
            for (Candidate c : best) {
                c.facets().forEach((kind, value) -> counts.computeIfAbsent(kind, k -> new HashMap<>()).merge(value, 1L, Long::sum));
            }
        }
        return new ArchiveHits(best.size(), page.stream().map(c -> new ArchiveHit(c.id(), c.score(), c.closedEpochDay())).toList(),
                q.facets() ? FacetLists.of(counts) : Map.of(), matchTerms);
    }
}
