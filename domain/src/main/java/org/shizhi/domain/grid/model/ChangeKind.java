package org.shizhi.domain.grid.model;

/** What a timeline entry records; one for each kind of {@link GridEventChange}. */
public enum ChangeKind {
    REPORTED,
    ACCEPTED,
    REJECTED,
    CALLED,
    DISPATCHED,
    HANDLING_STARTED,
    RESOLVED,
    CLOSED,
    REOPENED,
    ESCALATED,
    MERGED,
    SUMMONED,
    SUMMONS_ANSWERED
}
