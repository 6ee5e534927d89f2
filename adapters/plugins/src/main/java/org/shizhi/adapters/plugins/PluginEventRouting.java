package org.shizhi.adapters.plugins;

import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.port.out.EventRouting;
import org.shizhi.domain.shared.AreaCode;

/** The grid context's routing, answered by each city's plugin or the platform's route. */
public final class PluginEventRouting implements EventRouting {

    private final PluginRegistry registry;
    private final DeadlinePolicy deadlines;

    public PluginEventRouting(PluginRegistry registry, DeadlinePolicy deadlines) {
        this.registry = registry;
        this.deadlines = deadlines;
    }

    @Override
    public EventRoute route(AreaCode city, EventFacts facts, EventGrade grade) {
        return registry.eventRouter(city).map(router -> router.route(facts, grade))
                .orElseGet(() -> EventRoute.platformDefault(grade, facts.category(), deadlines));
    }
}
