package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Moves a grid event through its flow (社区发现、街道呼叫、集中派单、协同整治). Every command names the version it was
 * based on: a stale one is refused (412, {@code StaleVersionException}). The event must lie in the caller's jurisdiction
 * (else 404); a transition the flow does not allow is refused (409) naming the current state and the allowed ones.
 */
public interface HandleEventUseCase {

    /** REPORTED → ACCEPTED. {@link Permission#ACCEPT_EVENT} (street officers for events escalated to the street). */
    EventChanged accept(Actor actor, AcceptEventCommand command);

    /** REPORTED or ACCEPTED → REJECTED with a reason. {@link Permission#REJECT_EVENT}. */
    EventChanged reject(Actor actor, RejectEventCommand command);

    /** ACCEPTED or REOPENED → CALLED to the street (街道呼叫). {@link Permission#CALL_EVENT}. */
    EventChanged call(Actor actor, CallEventCommand command);

    /**
     * CALLED → DISPATCHED to one or more departments (集中派单); with none named, to those the city's route names for
     * its central dispatch (refused, naming the field, where the route leaves the choice to the street).
     * {@link Permission#DISPATCH_EVENT}.
     */
    EventChanged dispatch(Actor actor, DispatchEventCommand command);

    /** DISPATCHED → IN_PROGRESS by one of the departments it went to. {@link Permission#START_HANDLING}. */
    EventChanged startHandling(Actor actor, StartHandlingCommand command);

    /**
     * → RESOLVED: at community level from ACCEPTED or REOPENED (only events to be handled by the community), by the
     * street from CALLED (not events to be handled above the street), or after the departments' work from IN_PROGRESS.
     * {@link Permission#RESOLVE_EVENT}.
     */
    EventChanged resolve(Actor actor, ResolveEventCommand command);

    /**
     * The reporter's verdict on a RESOLVED event, taken down on a return visit or by the hotline's callback:
     * satisfaction 3–5 closes it (and leaves its record for the case archive), 1–2 reopens it with a new deadline.
     * {@link Permission#RECORD_VERDICT}.
     */
    EventChanged recordVerdict(Actor actor, RecordVerdictCommand command);

    record AcceptEventCommand(GridEventId event, long expectedVersion, String remark) {
        public AcceptEventCommand {
            EventCommands.check(event, expectedVersion);
        }
    }

    record RejectEventCommand(GridEventId event, long expectedVersion, String reason) {
        public RejectEventCommand {
            EventCommands.check(event, expectedVersion);
            if (reason == null || reason.isBlank()) {
                throw new InvalidValueException("reason", "a rejection needs a reason");
            }
        }
    }

    record CallEventCommand(GridEventId event, long expectedVersion, String remark) {
        public CallEventCommand {
            EventCommands.check(event, expectedVersion);
        }
    }

    record DispatchEventCommand(GridEventId event, long expectedVersion, List<DepartmentCode> departments, String remark) {
        public DispatchEventCommand {
            EventCommands.check(event, expectedVersion);
            // None named: the departments of the city's route (see HandleEventUseCase#dispatch).
            departments = departments == null ? List.of() : List.copyOf(departments);
        }
    }

    record StartHandlingCommand(GridEventId event, long expectedVersion, DepartmentCode department) {
        public StartHandlingCommand {
            EventCommands.check(event, expectedVersion);
            if (department == null) {
                throw new InvalidValueException("department", "which department takes the event in hand is required");
            }
        }
    }

    record ResolveEventCommand(GridEventId event, long expectedVersion, String resolution) {
        public ResolveEventCommand {
            EventCommands.check(event, expectedVersion);
            if (resolution == null || resolution.isBlank()) {
                throw new InvalidValueException("resolution", "say how the event was resolved");
            }
        }
    }

    record RecordVerdictCommand(GridEventId event, long expectedVersion, int satisfaction, String comment) {
        public RecordVerdictCommand {
            EventCommands.check(event, expectedVersion);
            if (satisfaction < 1 || satisfaction > 5) {
                throw new InvalidValueException("satisfaction", "satisfaction is from 1 to 5, got " + satisfaction);
            }
        }
    }
}
