package org.shizhi.domain.archive.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.archive.model.FacetCount;
import org.shizhi.domain.archive.model.FacetKind;

/** A page of hits; facets on the first page only (they describe the whole result, which pages do not change). */
public record CaseSearchResult(long total, List<CaseSummary> items, Map<FacetKind, List<FacetCount>> facets,
                               Optional<String> nextCursor) {
}
