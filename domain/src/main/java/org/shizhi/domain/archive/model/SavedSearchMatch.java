package org.shizhi.domain.archive.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Position;

/**
 * A case that matched a saved search when it was indexed.
 *
 * @param sequence the store's order of arrival (ascending over all matches): what "seen up to" counts in
 * @param area     the case's area, so that a narrowed jurisdiction hides it without reading the case
 */
public record SavedSearchMatch(long sequence, SavedSearchId search, CaseId caseId, AreaCode area, Instant matchedAt) {

    public SavedSearchMatch {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }

    /** Its place in the list of new matches: by sequence. */
    public Position position() {
        return new Position(Long.toString(sequence), caseId.value());
    }

    /** The sequence a page of new matches starts after; a position the list never wrote is an invalid cursor. */
    public static long sequenceAfter(Position p) {
        try {
            return Long.parseLong(p.key());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }
}
