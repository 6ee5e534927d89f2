package org.shizhi.domain.grid.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A step a person may take on a grid event, each the operation of the same name under {@code /api/v1/events/{id}/}.
 * A step is open to a caller when the event may go to one of its states now and one of the caller's roles holds its
 * permission: the same two checks the service makes when the step is taken (which may still refuse it on a rule of its
 * own, a department not dispatched to, say). Consoles offer these, so the role table lives in {@link Permission} only.
 */
@PublishedModel
public enum EventAction {
    ACCEPT(Permission.ACCEPT_EVENT, EventState.ACCEPTED),
    REJECT(Permission.REJECT_EVENT, EventState.REJECTED),
    CALL(Permission.CALL_EVENT, EventState.CALLED),
    DISPATCH(Permission.DISPATCH_EVENT, EventState.DISPATCHED),
    START(Permission.START_HANDLING, EventState.IN_PROGRESS),
    RESOLVE(Permission.RESOLVE_EVENT, EventState.RESOLVED),
    VERDICT(Permission.RECORD_VERDICT, EventState.CLOSED, EventState.REOPENED);

    private final Permission permission;
    private final List<EventState> leadsTo;

    EventAction(Permission permission, EventState... leadsTo) {
        this.permission = permission;
        this.leadsTo = List.of(leadsTo);
    }

    /** The steps open to {@code actor} on an event that may go to {@code next}. */
    public static Set<EventAction> openTo(Actor actor, Set<EventState> next) {
        EnumSet<EventAction> open = EnumSet.noneOf(EventAction.class);
        for (EventAction action : values()) {
            if (action.leadsTo.stream().anyMatch(next::contains) && action.permission.grantedTo(actor)) {
                open.add(action);
            }
        }
        return Collections.unmodifiableSet(open);
    }
}
