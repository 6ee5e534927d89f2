package org.shizhi.domain.spi;

import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;

/**
 * Extension point (SPI 1.3): routes a graded grid event — who is called and dispatched, in what order, within how
 * long. Where no plugin routes, the platform's {@link EventRoute#platformDefault} applies. Must be thread-safe, must
 * not fail, and must answer the same for the same event (the flow asks again when it dispatches or summons).
 */
@FunctionalInterface
public interface EventRouter {

    EventRoute route(EventFacts event, EventGrade grade);
}
