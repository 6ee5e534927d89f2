package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.port.in.EscalateOverdueUseCase;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * Escalates overdue events. Exactly once, however many instances run it: an event is escalated only by the caller
 * that claimed it ({@link GridEventRepository#claimOverdue}), and the write is refused if the event changed since
 * it was read, so a caller whose claim ran out while it hung cannot escalate a second time.
 */
public final class EscalationService implements EscalateOverdueUseCase {

    /** How long a claim holds if its caller never saves: one scheduler period is plenty. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int MAX_LIMIT = 1_000;

    private final GridEventRepository events;
    private final WorkCalendar calendar;
    private final DeadlinePolicy deadlines;
    private final Clock clock;
    private final Duration lease;

    public EscalationService(GridEventRepository events, WorkCalendar calendar, DeadlinePolicy deadlines, Clock clock, Duration lease) {
        this.events = Objects.requireNonNull(events);
        this.calendar = Objects.requireNonNull(calendar);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.clock = Objects.requireNonNull(clock);
        this.lease = Objects.requireNonNull(lease);
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "a claim's lease must be positive, got " + lease);
        }
    }

    /** With the standard deadline policy and a lease of {@link #DEFAULT_LEASE}. */
    public EscalationService(GridEventRepository events, WorkCalendar calendar, Clock clock) {
        this(events, calendar, DeadlinePolicy.standard(), clock, DEFAULT_LEASE);
    }

    @Override
    public EscalationRun escalateOverdue(Actor actor, int limit) {
        Acting by = actor.acting(Permission.ESCALATE_OVERDUE);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "escalate 1 to " + MAX_LIMIT + " events at a time, got " + limit);
        }
        Instant now = clock.instant();
        List<GridEventChange.Escalated> escalated = new ArrayList<>();
        List<GridEventId> skipped = new ArrayList<>();
        for (GridEvent event : events.claimOverdue(actor.jurisdiction(), now, lease, limit)) {
            if (!actor.answersFor(event.community())) {
                skipped.add(event.id()); // a storage that claims outside the area breaks its contract; never act on it
                continue;
            }
            try {
                Deadline next = Deadline.after(calendar, now, deadlines.workingDaysFor(event.grade(), event.category()));
                EventTransition transition = event.escalate(by, now, next);
                events.save(EventWrite.of(transition));
                escalated.add((GridEventChange.Escalated) transition.change());
            } catch (StaleVersionException changedMeanwhile) {
                skipped.add(event.id());
            }
        }
        return new EscalationRun(escalated, skipped);
    }
}
