package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.grid.model.GridEventChange;

/** What a command on an event did: the change (also appended to the timeline) and the event after it. */
public record EventChanged(GridEventView event, GridEventChange change) {
}
