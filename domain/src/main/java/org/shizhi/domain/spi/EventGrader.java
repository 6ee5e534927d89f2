package org.shizhi.domain.spi;

import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;

/** Extension point: grades a new grid event and names the level that must handle it. Must be thread-safe. */
@FunctionalInterface
public interface EventGrader {

    EventGrade grade(EventFacts event);
}
