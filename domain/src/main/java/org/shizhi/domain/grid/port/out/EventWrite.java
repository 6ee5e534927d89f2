package org.shizhi.domain.grid.port.out;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.InvalidValueException;

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
 */
public record EventWrite(GridEvent event, long expectedVersion, TimelineEntry entry, Optional<ClosedEventRecord> closedRecord) {

    public EventWrite {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(closedRecord, "closedRecord");
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

    /** The write for a transition: its timeline entry, and the archive record if it closed the event. */
    public static EventWrite of(EventTransition transition) {
        GridEvent event = transition.event();
        return new EventWrite(event, event.version() - 1, transition.change().timelineEntry(),
                event.state() == EventState.CLOSED ? Optional.of(ClosedEventRecord.of(event)) : Optional.empty());
    }

    public boolean isNew() {
        return expectedVersion == 0;
    }
}
