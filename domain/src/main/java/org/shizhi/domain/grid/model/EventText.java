package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An open event as duplicate detection needs it: where it is and the bigrams of what it says ({@link TextSimilarity}),
 * not its whole history.
 */
public record EventText(GridEventId id, GridCode grid, EventState state, Instant reportedAt, TextSimilarity.Prepared bigrams) {

    public EventText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(bigrams, "bigrams");
    }

    public static EventText of(GridEvent event) {
        return new EventText(event.id(), event.grid(), event.state(), event.reportedAt(), TextSimilarity.to(event.text()));
    }
}
