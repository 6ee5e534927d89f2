package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;

/** The event after a change, and the change itself. */
public record EventTransition(GridEvent event, GridEventChange change) {

    public EventTransition {
        if (event == null || change == null || !event.id().equals(change.eventId())) {
            throw new InvalidValueException("transition", "a transition pairs an event with a change of that event");
        }
    }
}
