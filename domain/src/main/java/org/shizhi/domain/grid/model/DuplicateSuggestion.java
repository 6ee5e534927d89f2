package org.shizhi.domain.grid.model;

import java.time.Instant;
import org.shizhi.domain.shared.InvalidValueException;

/** An open event that a new one may repeat: same or adjacent grid, recent, similar text. */
public record DuplicateSuggestion(GridEventId eventId, GridCode grid, EventState state, Instant reportedAt, double similarity) {

    public DuplicateSuggestion {
        if (eventId == null || grid == null || state == null || reportedAt == null) {
            throw new InvalidValueException("suggestion", "a duplicate suggestion names the event, its grid, state and report time");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new InvalidValueException("similarity", "similarity is between 0 and 1, got " + similarity);
        }
    }
}
