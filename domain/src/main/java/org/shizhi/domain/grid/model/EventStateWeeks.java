package org.shizhi.domain.grid.model;

import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The events of an area reported week by week, each week's counted by the state its events stand in now and by their
 * grade (a cohort per week: of what was reported in the week, how much is still open, resolved, closed, rejected).
 *
 * @param weeks  the weeks counted, oldest first, the last possibly under way
 * @param counts the non-empty cells, by week, state and grade
 */
@PublishedModel
public record EventStateWeeks(AreaCode area, List<DigestWeek> weeks, List<EventStateCount> counts) {

    public EventStateWeeks {
        Objects.requireNonNull(area, "area");
        weeks = List.copyOf(weeks);
        counts = List.copyOf(counts);
    }
}
