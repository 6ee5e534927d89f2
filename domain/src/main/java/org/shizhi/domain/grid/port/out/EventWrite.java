package org.shizhi.domain.grid.port.out;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Role;

/**
 * One change of one event, as storage must write it: all of it in one transaction, or nothing.
 *
 * <p><b>Why the outbox record travels here</b> rather than through a separate {@code recordClosed} call in a
 * {@code UnitOfWork}: the close and its archive record must never be written apart, and a single call makes that
 * impossible to get wrong. A unit-of-work port would hold only if every adapter of both ports shared one connection
 * by convention (a thread-bound handle), which a contract test cannot check and a refactoring breaks silently; one
 * method on one port is one transaction by construction, and the contract test checks that a refused write leaves
 * neither the timeline entry nor the outbox record behind. The outbox's read side is {@link CaseArchiveOutbox}.
 *
 * @param expectedVersion the version the change was made against: 0 for a new event (none may be stored), else
 *                        the stored version, which must still be there
 * @param entry           the timeline entry the change appends
 * @param closedRecord    present exactly when the change closed the event
 * @param by              who made the change, as the change names them: the timeline entry keeps their subject and
 *                        role; a grid worker's grid member id is kept with a new event as who reported it, the id the
 *                        worker's finds are counted under
 */
public record EventWrite(GridEvent event, long expectedVersion, TimelineEntry entry, Optional<ClosedEventRecord> closedRecord,
                         Acting by) {

    public EventWrite {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(closedRecord, "closedRecord");
        Objects.requireNonNull(by, "by");
        if (!by.subject().equals(entry.actor()) || by.role() != entry.role()) {
            throw new InvalidValueException("by", "who made the change is who the timeline entry names");
        }
        if (expectedVersion != event.version() - 1) {
            throw new InvalidValueException("version", "a change moves an event one version on: expected "
                    + (event.version() - 1) + ", got " + expectedVersion);
        }
        if (!entry.eventId().equals(event.id())) {
            throw new InvalidValueException("entry", "the timeline entry belongs to another event");
        }
        if (closedRecord.isPresent() != (event.state() == EventState.CLOSED)) {
            throw new InvalidValueException("closedRecord", "the change that closes an event, and only that one, carries its archive record");
        }
        closedRecord.ifPresent(r -> {
            if (!r.eventId().equals(event.id())) {
                throw new InvalidValueException("closedRecord", "the archive record belongs to another event");
            }
        });
    }

    /** A write by whom its timeline entry names, with no grid member id of their own. */
    public EventWrite(GridEvent event, long expectedVersion, TimelineEntry entry, Optional<ClosedEventRecord> closedRecord) {
        this(event, expectedVersion, entry, closedRecord, new Acting(entry.actor(), entry.role()));
    }

    /** The write for a transition: its timeline entry, and the archive record if it closed the event. */
    public static EventWrite of(EventTransition transition) {
        GridEvent event = transition.event();
        return new EventWrite(event, event.version() - 1, transition.change().timelineEntry(),
                event.state() == EventState.CLOSED ? Optional.of(ClosedEventRecord.of(event)) : Optional.empty(),
                transition.change().by());
    }

    /**
     * The grid member who reported a new event as a grid worker (their finds are counted by it); empty for any other
     * change or reporter.
     */
    public Optional<String> reportingGridMember() {
        return isNew() && by.role() == Role.GRID_WORKER ? Optional.of(by.gridMemberId()) : Optional.empty();
    }

    public boolean isNew() {
        return expectedVersion == 0;
    }
}
