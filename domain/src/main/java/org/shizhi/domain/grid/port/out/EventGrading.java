package org.shizhi.domain.grid.port.out;

import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AreaCode;

/**
 * Grades a new event for the city it was reported in. The application implements it with the per-city plugin
 * registry (a city's {@code EventGrader}, else the default one); the grid context does not know the plugin SPI, which
 * depends on it. Must be thread-safe and must not fail for a valid event. Contract: {@code EventGradingContract}.
 */
@FunctionalInterface
public interface EventGrading {

    EventGrade grade(AreaCode city, EventFacts facts);
}
