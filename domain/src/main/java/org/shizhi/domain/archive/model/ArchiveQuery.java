package org.shizhi.domain.archive.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A query as the {@code CaseArchive} port receives it.
 *
 * @param after        the previous page's end, for the next page
 * @param indexedUpTo  only records indexed at or before this instant (epoch milliseconds): the first page's moment,
 *                     so that records indexed while a reader pages through neither shift nor join the pages
 * @param excluded     ids never to return (the case itself in a similar-case search)
 * @param facets       whether to count facets (the first page needs them, later pages do not)
 */
public record ArchiveQuery(SearchText text, CaseFilters filters, CaseSort sort, Optional<SearchAfter> after,
                           long indexedUpTo, int size, Set<CaseId> excluded, boolean facets) {

    public static final int MAX_SIZE = 100;

    public ArchiveQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(after, "after");
        excluded = Set.copyOf(excluded);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("limit", "a page holds between 1 and " + MAX_SIZE + " cases, got " + size);
        }
    }

    /** The order actually applied: relevance needs text to be relevant to. */
    public CaseSort effectiveSort() {
        return text instanceof SearchText.Everything ? CaseSort.NEWEST : sort;
    }
}
