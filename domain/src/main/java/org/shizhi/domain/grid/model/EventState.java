package org.shizhi.domain.grid.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * Where a grid event stands in Chengdu's flow, 社区发现、街道呼叫、集中派单、协同整治 (seed 001):
 * <pre>
 * REPORTED ─► ACCEPTED ─► RESOLVED (handled by the community)
 *    │           ├──────► CALLED (to the street) ─► DISPATCHED (to departments) ─► IN_PROGRESS ─► RESOLVED
 *    │           │           └──► RESOLVED (the street handled it itself)
 *    └───────────┴──────► REJECTED (with a reason)
 * RESOLVED ─► CLOSED (the reporter's verdict is satisfied) | REOPENED (dissatisfied) ─► RESOLVED | CALLED
 * </pre>
 * The allowed transitions are the table {@link #next()}; everything else is refused naming the current state and
 * the allowed ones. Merging a duplicate closes it from any open state: that is the one way to CLOSED outside the
 * table, and it has its own rule ({@code GridEvent.mergeInto}).
 */
@PublishedModel
public enum EventState {
    REPORTED,
    ACCEPTED,
    /** Called to the street (街道呼叫). */
    CALLED,
    /** Dispatched to one or more departments (集中派单). */
    DISPATCHED,
    /** A department is remediating (协同整治). */
    IN_PROGRESS,
    /** Handled; waiting for the reporter's verdict. */
    RESOLVED,
    CLOSED,
    /** The reporter was dissatisfied with the resolution; handled again. */
    REOPENED,
    REJECTED;

    private static final Map<EventState, Set<EventState>> NEXT = new EnumMap<>(EventState.class);

    static {
        allow(REPORTED, ACCEPTED, REJECTED);
        allow(ACCEPTED, RESOLVED, CALLED, REJECTED);
        allow(CALLED, DISPATCHED, RESOLVED);
        allow(DISPATCHED, IN_PROGRESS);
        allow(IN_PROGRESS, RESOLVED);
        allow(RESOLVED, CLOSED, REOPENED);
        allow(REOPENED, RESOLVED, CALLED);
        allow(CLOSED);
        allow(REJECTED);
    }

    private static void allow(EventState from, EventState... to) {
        NEXT.put(from, Collections.unmodifiableSet(to.length == 0 ? EnumSet.noneOf(EventState.class) : EnumSet.copyOf(Arrays.asList(to))));
    }

    /** The states this one may go to, in declaration order. */
    public Set<EventState> next() {
        return NEXT.get(this);
    }

    public boolean mayGoTo(EventState target) {
        return next().contains(target);
    }

    /**
     * Refuses a transition the table does not allow, e.g. "cannot go to ACCEPTED: event is CLOSED; from CLOSED it may
     * go to: (none)".
     */
    public void requireMayGoTo(EventState target) {
        if (!mayGoTo(target)) {
            throw new ConflictException("state", "cannot go to " + target + ": event is " + this + "; from " + this
                    + " it may go to: " + describe(next()));
        }
    }

    /** CLOSED and REJECTED: nothing more happens to the event. */
    public boolean isTerminal() {
        return this == CLOSED || this == REJECTED;
    }

    public boolean isOpen() {
        return !isTerminal();
    }

    /** Open and not yet resolved: the handling deadline runs, and the event can become overdue. */
    public boolean awaitsHandling() {
        return isOpen() && this != RESOLVED;
    }

    /** The states in declaration order, comma-separated, or {@code (none)}. */
    public static String describe(Set<EventState> states) {
        return states.isEmpty() ? "(none)" : states.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
