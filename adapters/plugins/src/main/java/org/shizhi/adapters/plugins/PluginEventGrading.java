package org.shizhi.adapters.plugins;

import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.port.out.EventGrading;
import org.shizhi.domain.shared.AreaCode;

/** The grid context's grading, answered by each city's plugin or the platform's default grader. */
public final class PluginEventGrading implements EventGrading {

    private final PluginRegistry registry;

    public PluginEventGrading(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public EventGrade grade(AreaCode city, EventFacts facts) {
        return registry.eventGrader(city).grade(facts);
    }
}
