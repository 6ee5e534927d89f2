package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An open event as duplicate detection needs it: where it is and the bigrams of what it says ({@link TextSimilarity}),
 * not its whole history; with the version it was read at, so that a copy kept beside storage can tell which is newer.
 */
public record EventText(GridEventId id, GridCode grid, EventState state, Instant reportedAt, TextSimilarity.Prepared bigrams,
                        long version) {

    public EventText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(bigrams, "bigrams");
    }

    public static EventText of(GridEvent event) {
        return new EventText(event.id(), event.grid(), event.state(), event.reportedAt(), TextSimilarity.to(event.text()),
                event.version());
    }

    /** The same text at the event's later state and version: the text of an event never changes. */
    public EventText at(GridEvent later) {
        if (!later.id().equals(id)) {
            throw new IllegalArgumentException("event " + later.id() + " is not " + id);
        }
        return new EventText(id, grid, later.state(), reportedAt, bigrams, later.version());
    }
}
