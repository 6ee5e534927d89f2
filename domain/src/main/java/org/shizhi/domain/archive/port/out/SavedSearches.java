package org.shizhi.domain.archive.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.SavedSearch;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SavedSearchMatch;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Saved searches and the cases that matched them (contract: {@code SavedSearchesContract}). Lists are keyset pages;
 * "inside {@code within}" is the case area's code under the area's prefix, filtered by the store.
 */
public interface SavedSearches {

    /** Adds a new saved search. */
    void add(SavedSearch search);

    Optional<SavedSearch> find(SavedSearchId id);

    /** How many saved searches the owner keeps in the city. */
    long countOwned(AreaCode city, String owner);

    /** A saved search with the count of its new matches inside an area. */
    record Counted(SavedSearch search, long newMatches) {
    }

    /** The owner's saved searches, oldest first (created, then id), each with its new matches inside {@code within}. */
    Slice<Counted> owned(AreaCode city, String owner, AreaCode within, PageRequest page);

    /** Every saved search, by id: what a monitor watches after a start. */
    Slice<SavedSearch> every(PageRequest page);

    /** Records the owner's jurisdiction as now known. */
    void rescope(SavedSearchId id, AreaCode scope);

    /** Deletes the saved search with its matches; false if there was none. */
    boolean delete(SavedSearchId id);

    /** A case found matching a saved search. */
    record Found(SavedSearchId search, CaseId caseId, AreaCode area, Instant at) {
    }

    /**
     * Records matches, each pair once: a case indexed again (a replay, a rebuild) is not new again. A match of a search
     * deleted meanwhile is dropped. Returns how many were new.
     */
    int record(List<Found> found);

    /** How many matches after {@code seenUpTo} lie inside {@code within}. */
    long countNew(SavedSearchId id, AreaCode within);

    /** Matches after the search's {@code seenUpTo} inside {@code within}, in order of arrival (sequence). */
    Slice<SavedSearchMatch> newMatches(SavedSearchId id, AreaCode within, PageRequest page);

    /**
     * Marks the matches up to {@code upTo} (all of them if absent) seen; never moves the mark back. Returns the mark now
     * stored.
     */
    long markSeen(SavedSearchId id, OptionalLong upTo);
}
