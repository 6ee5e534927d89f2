package org.shizhi.domain.grid.port.out;

import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.shared.AreaCode;

/** The platform's route ({@link EventRoute#platformDefault}) in every city: what a city without a routing plugin gets. */
public final class PlatformEventRouting implements EventRouting {

    private final DeadlinePolicy deadlines;

    public PlatformEventRouting() {
        this(DeadlinePolicy.standard());
    }

    public PlatformEventRouting(DeadlinePolicy deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public EventRoute route(AreaCode city, EventFacts facts, EventGrade grade) {
        return EventRoute.platformDefault(grade, facts.category(), deadlines);
    }
}
