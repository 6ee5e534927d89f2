package org.shizhi.domain.grid.port.out;

import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.shared.AreaCode;

/**
 * Routes a graded event for the city it was reported in: who is called and dispatched, in what order, within how long.
 * The application implements it with the plugin registry (a city's {@code EventRouter}, else
 * {@link EventRoute#platformDefault}). Must be thread-safe, must not fail for a valid event, and must answer the same
 * for the same facts and grade (the flow asks again when the event is dispatched or summoned). Contract:
 * {@code EventRoutingContract}.
 */
@FunctionalInterface
public interface EventRouting {

    EventRoute route(AreaCode city, EventFacts facts, EventGrade grade);
}
