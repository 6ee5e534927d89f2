package org.shizhi.domain.archive.port.in;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A search as a reader asks it. The city and the jurisdiction come from the reader, not from here: the filters'
 * {@code city} is ignored and {@code areaWithin} may only narrow the reader's jurisdiction.
 *
 * @param q         words, "phrases", -exclusions, OR; or a pasted description (up to 10,000 characters)
 * @param similarTo cases like this one (its own text as the description); {@code q} must then be blank
 * @param cursor    the previous page's {@code nextCursor}
 */
public record CaseSearch(String q, SearchText.Mode mode, Optional<CaseId> similarTo, CaseFilters filters, CaseSort sort,
                         Optional<String> cursor, int limit, boolean highlight) {

    public static final int DEFAULT_LIMIT = 20;

    public CaseSearch {
        // Stripped here, not only when parsed: the audit keeps q, and a pasted text's trailing newline is not the query.
        q = q == null ? "" : q.strip();
        mode = mode == null ? SearchText.Mode.AUTO : mode;
        Objects.requireNonNull(similarTo, "similarTo");
        Objects.requireNonNull(filters, "filters");
        sort = sort == null ? CaseSort.RELEVANCE : sort;
        Objects.requireNonNull(cursor, "cursor");
        if (similarTo.isPresent() && !q.isBlank()) {
            throw new InvalidValueException("similarTo", "similarTo searches with the case's own text: leave q empty");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidValueException("limit", "limit must be between 1 and 100, got " + limit);
        }
    }

    /** Words or a description, all cases of the reader's jurisdiction, best first, 20 a page, highlighted. */
    public static CaseSearch of(String q) {
        return new CaseSearch(q, SearchText.Mode.AUTO, Optional.empty(), CaseFilters.none(), CaseSort.RELEVANCE,
                Optional.empty(), DEFAULT_LIMIT, true);
    }

    public CaseSearch withFilters(CaseFilters f) {
        return new CaseSearch(q, mode, similarTo, f, sort, cursor, limit, highlight);
    }

    public CaseSearch withSort(CaseSort s) {
        return new CaseSearch(q, mode, similarTo, filters, s, cursor, limit, highlight);
    }

    public CaseSearch withCursor(Optional<String> c) {
        return new CaseSearch(q, mode, similarTo, filters, sort, c, limit, highlight);
    }

    public CaseSearch withLimit(int l) {
        return new CaseSearch(q, mode, similarTo, filters, sort, cursor, l, highlight);
    }

    public static CaseSearch similarTo(CaseId id) {
        return new CaseSearch("", SearchText.Mode.AUTO, Optional.of(id), CaseFilters.none(), CaseSort.RELEVANCE,
                Optional.empty(), DEFAULT_LIMIT, true);
    }
}
