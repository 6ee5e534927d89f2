package org.shizhi.domain.archive.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A search a reader keeps so that cases arriving later and matching it are listed for them (an alert). Only words,
 * phrases, exclusions and OR, or no text at all (filters only): a pasted description ranks cases by similarity and has
 * no yes-or-no answer for one new case.
 *
 * @param owner   the subject of the reader who saved it; only they see it
 * @param city    the owner's city: a case of another city never matches
 * @param scope   the owner's jurisdiction as last known (at saving, then at each of their calls): a case outside it
 *                never matches and is never listed, whatever the filters say
 * @param filters as asked; their {@code city} is ignored and {@code areaWithin} may only narrow the scope
 * @param seenUpTo the sequence of the last match the owner marked seen; later ones are new
 */
public record SavedSearch(SavedSearchId id, String owner, AreaCode city, AreaCode scope, String name, String q,
                          SearchText.Mode mode, CaseFilters filters, Instant createdAt, long seenUpTo) {

    public static final int MAX_NAME = 100;
    /** A saved query is words and phrases, never a pasted text. */
    public static final int MAX_QUERY = 500;

    public SavedSearch {
        Objects.requireNonNull(id, "id");
        if (owner == null || owner.isBlank()) {
            throw new InvalidValueException("owner", "a saved search needs its owner");
        }
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(scope, "scope");
        if (!city.contains(scope)) {
            throw new InvalidValueException("scope", "scope " + scope + " is not inside city " + city);
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidValueException("name", "a saved search needs a name of 1 to " + MAX_NAME + " characters");
        }
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY) {
            throw new InvalidValueException("q", "a saved search's query has at most " + MAX_QUERY
                    + " characters (words, phrases, exclusions, OR), got " + q.length());
        }
        mode = mode == null ? SearchText.Mode.AUTO : mode;
        Objects.requireNonNull(filters, "filters");
        filters = filters.city().isPresent()
                ? new CaseFilters(java.util.Optional.empty(), filters.areaWithin(), filters.caseTypes(), filters.sources(),
                        filters.occurredFrom(), filters.occurredTo(), filters.closedFrom(), filters.closedTo(), filters.tags())
                : filters;
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (seenUpTo < 0) {
            throw new InvalidValueException("seenUpTo", "seenUpTo is a match sequence, not below 0");
        }
        text(q, mode);
    }

    /** The query as the index reads it; refuses a description. */
    public SearchText text() {
        return text(q, mode);
    }

    private static SearchText text(String q, SearchText.Mode mode) {
        SearchText t = SearchText.parse(q, mode);
        if (t instanceof SearchText.Description) {
            throw new InvalidValueException("q", "a saved search takes words, \"phrases\", -exclusions and OR (mode keywords): "
                    + "a pasted description ranks cases by similarity and cannot say whether one new case matches");
        }
        return t;
    }

    /**
     * The filters a new case must pass: the owner's city, and the asked area where it lies inside the scope, else the
     * scope itself (an asked area the scope has since been narrowed away from is {@link #admits checked} out).
     */
    public CaseFilters watched() {
        AreaCode area = filters.areaWithin().filter(scope::contains).orElse(scope);
        return filters.withCity(city).withAreaWithin(area);
    }

    /** Whether a case is one this search may show its owner: the definition every monitor's prefilter must agree with. */
    public boolean admits(CaseRecord r) {
        return scope.contains(r.area()) && filters.areaWithin().map(a -> a.contains(r.area())).orElse(true)
                && watched().admits(r);
    }

    public SavedSearch rescoped(AreaCode jurisdiction) {
        return new SavedSearch(id, owner, city, jurisdiction, name, q, mode, filters, createdAt, seenUpTo);
    }
}
