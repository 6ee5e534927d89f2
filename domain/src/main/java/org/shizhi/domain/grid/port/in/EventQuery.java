package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Reads grid events. Every role may read the events of its jurisdiction (a department those of the district it
 * serves, an auditor those of the city); an event or area outside it is answered as not found. Reporters' names and
 * mobiles are masked unless the caller holds {@code PERSONAL_DATA}.
 */
public interface EventQuery {

    GridEventView event(Actor actor, GridEventId id);

    /** Every change of the event, oldest first. */
    List<TimelineEntry> timeline(Actor actor, GridEventId id);

    /**
     * Events the filter admits, newest first, a page after the request's position; its area must be inside the
     * caller's jurisdiction.
     */
    Slice<GridEventView> events(Actor actor, EventFilter filter, PageRequest page);

    /** How the event's city routes it: stages, departments and deadlines (the platform's route where no plugin routes). */
    EventRoute route(Actor actor, GridEventId id);

    /** Events inside the area whose handling deadline has passed, earliest deadline first. */
    Slice<GridEventView> overdue(Actor actor, AreaCode area, PageRequest page);
}
