package org.shizhi.domain.programme.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.GridEventId;

/** What a resident raised on a visit, and the grid event it became. */
public record VisitFinding(FindingKind kind, EventCategory category, GridEventId event, Instant recordedAt) {

    public VisitFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
