package org.shizhi.domain.grid.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;

/**
 * What happened to a grid event: every command on an event returns one, and each becomes one {@link TimelineEntry}.
 * Each change names the event, the instant and who acted, and says which state the event was in before and after.
 */
public sealed interface GridEventChange {

    GridEventId eventId();

    Instant at();

    Acting by();

    /** The state before the change; empty only for the report that created the event. */
    Optional<EventState> stateBefore();

    EventState stateAfter();

    ChangeKind kind();

    /** The human-readable details for the timeline. */
    String note();

    /**
     * This change as the timeline records it. A note longer than the timeline keeps (a plugin's grade may give many
     * reasons) is cut with an ellipsis rather than refusing the change.
     */
    default TimelineEntry timelineEntry() {
        String note = note();
        if (note.length() > TimelineEntry.MAX_NOTE_LENGTH) {
            int cut = TimelineEntry.MAX_NOTE_LENGTH - 1;
            if (Character.isHighSurrogate(note.charAt(cut - 1))) {
                cut--; // never split a character outside the BMP
            }
            note = note.substring(0, cut) + "…";
        }
        return new TimelineEntry(eventId(), at(), by().subject(), by().role(), kind(), stateBefore(), stateAfter(), note);
    }

    /** The event was reported, graded, and given its handling level and deadline. */
    record Reported(GridEventId eventId, Instant at, Acting by, EventChannel channel, EventGrade grade,
                    AdminLevel handlingLevel, Deadline deadline) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.empty();
        }

        public EventState stateAfter() {
            return EventState.REPORTED;
        }

        public ChangeKind kind() {
            return ChangeKind.REPORTED;
        }

        public String note() {
            return "reported via " + channel + "; graded " + grade.code() + " (" + grade.label() + "): "
                    + String.join("; ", grade.reasons()) + "; handled at " + handlingLevel + " level; due " + deadline.dueOn();
        }
    }

    record Accepted(GridEventId eventId, Instant at, Acting by, String remark) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(EventState.REPORTED);
        }

        public EventState stateAfter() {
            return EventState.ACCEPTED;
        }

        public ChangeKind kind() {
            return ChangeKind.ACCEPTED;
        }

        public String note() {
            return remark;
        }
    }

    record Rejected(GridEventId eventId, Instant at, Acting by, EventState from, String reason) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(from);
        }

        public EventState stateAfter() {
            return EventState.REJECTED;
        }

        public ChangeKind kind() {
            return ChangeKind.REJECTED;
        }

        public String note() {
            return reason;
        }
    }

    /** Called to the street (街道呼叫). */
    record Called(GridEventId eventId, Instant at, Acting by, EventState from, String remark) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(from);
        }

        public EventState stateAfter() {
            return EventState.CALLED;
        }

        public ChangeKind kind() {
            return ChangeKind.CALLED;
        }

        public String note() {
            return remark;
        }
    }

    /** Dispatched to departments (集中派单). */
    record Dispatched(GridEventId eventId, Instant at, Acting by, List<DepartmentCode> departments, String remark)
            implements GridEventChange {
        public Dispatched {
            departments = List.copyOf(departments);
        }

        public Optional<EventState> stateBefore() {
            return Optional.of(EventState.CALLED);
        }

        public EventState stateAfter() {
            return EventState.DISPATCHED;
        }

        public ChangeKind kind() {
            return ChangeKind.DISPATCHED;
        }

        public String note() {
            return "dispatched to " + departments + (remark.isEmpty() ? "" : ": " + remark);
        }
    }

    /** A dispatched department took the event in hand (协同整治). */
    record HandlingStarted(GridEventId eventId, Instant at, Acting by, DepartmentCode department) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(EventState.DISPATCHED);
        }

        public EventState stateAfter() {
            return EventState.IN_PROGRESS;
        }

        public ChangeKind kind() {
            return ChangeKind.HANDLING_STARTED;
        }

        public String note() {
            return "taken in hand by " + department;
        }
    }

    record Resolved(GridEventId eventId, Instant at, Acting by, EventState from, String resolution) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(from);
        }

        public EventState stateAfter() {
            return EventState.RESOLVED;
        }

        public ChangeKind kind() {
            return ChangeKind.RESOLVED;
        }

        public String note() {
            return resolution;
        }
    }

    /** The reporter was satisfied: the event is closed and leaves a record for the case archive. */
    record Closed(GridEventId eventId, Instant at, Acting by, Verdict verdict) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(EventState.RESOLVED);
        }

        public EventState stateAfter() {
            return EventState.CLOSED;
        }

        public ChangeKind kind() {
            return ChangeKind.CLOSED;
        }

        public String note() {
            return "satisfaction " + verdict.satisfaction() + "/5" + (verdict.comment().isEmpty() ? "" : ": " + verdict.comment());
        }
    }

    /** The reporter was dissatisfied: the event is handled again, with a new deadline. */
    record Reopened(GridEventId eventId, Instant at, Acting by, Verdict verdict, Deadline deadline) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(EventState.RESOLVED);
        }

        public EventState stateAfter() {
            return EventState.REOPENED;
        }

        public ChangeKind kind() {
            return ChangeKind.REOPENED;
        }

        public String note() {
            return "satisfaction " + verdict.satisfaction() + "/5" + (verdict.comment().isEmpty() ? "" : ": " + verdict.comment())
                    + "; due again " + deadline.dueOn();
        }
    }

    /** The deadline passed: the event must now be handled one level up, by a new deadline. */
    record Escalated(GridEventId eventId, Instant at, Acting by, EventState state, AdminLevel fromLevel, AdminLevel toLevel,
                     Deadline missed, Deadline next) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(state);
        }

        public EventState stateAfter() {
            return state;
        }

        public ChangeKind kind() {
            return ChangeKind.ESCALATED;
        }

        public String note() {
            return "escalated from " + fromLevel + " to " + toLevel + " level: due " + missed.dueOn() + " and still " + state
                    + "; now due " + next.dueOn();
        }
    }

    /** A duplicate was linked to its original and closed with the original's outcome. */
    record Merged(GridEventId eventId, Instant at, Acting by, EventState from, GridEventId original) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(from);
        }

        public EventState stateAfter() {
            return EventState.CLOSED;
        }

        public ChangeKind kind() {
            return ChangeKind.MERGED;
        }

        public String note() {
            return "merged into " + original + " as its duplicate; closed with its outcome";
        }
    }

    /** 吹哨: the street summoned departments to report by a deadline. */
    record Summoned(GridEventId eventId, Instant at, Acting by, EventState state, SummonsId summons,
                    List<DepartmentCode> departments, ReportWithin within, Instant dueAt) implements GridEventChange {
        public Summoned {
            departments = List.copyOf(departments);
        }

        public Optional<EventState> stateBefore() {
            return Optional.of(state);
        }

        public EventState stateAfter() {
            return state;
        }

        public ChangeKind kind() {
            return ChangeKind.SUMMONED;
        }

        public String note() {
            return "summons " + summons + ": " + departments + " to report within " + within + ", by " + dueAt;
        }
    }

    /** 报到: a summoned department reported, on time or late by {@code lateBy}. */
    record SummonsAnswered(GridEventId eventId, Instant at, Acting by, EventState state, SummonsId summons,
                           DepartmentCode department, AnswerKind answer, Duration lateBy) implements GridEventChange {
        public Optional<EventState> stateBefore() {
            return Optional.of(state);
        }

        public EventState stateAfter() {
            return state;
        }

        public ChangeKind kind() {
            return ChangeKind.SUMMONS_ANSWERED;
        }

        public String note() {
            return department + " " + answer + " for summons " + summons + (lateBy.isZero() ? ", on time" : ", late by " + lateBy);
        }
    }
}
