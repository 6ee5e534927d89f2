package org.shizhi.domain.archive.model;

import java.util.List;
import java.util.Map;

/**
 * An index's answer.
 *
 * @param total      every hit the query and filters admit (not just this page)
 * @param facets     counts over all those hits, each list by count (highest first) then value
 * @param matchTerms the terms to highlight: a query's terms; for a description, its most used words (the index
 *                   matched its bigrams)
 */
public record ArchiveHits(long total, List<ArchiveHit> hits, Map<FacetKind, List<FacetCount>> facets, List<String> matchTerms) {

    public ArchiveHits {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        matchTerms = List.copyOf(matchTerms);
    }
}
