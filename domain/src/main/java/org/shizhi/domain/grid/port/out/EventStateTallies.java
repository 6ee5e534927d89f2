package org.shizhi.domain.grid.port.out;

import java.util.List;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventStateCount;
import org.shizhi.domain.shared.AreaCode;

/**
 * The store's counts of an area's events by the week they were reported in, the state they stand in now and their
 * grade: grouped where the events are stored, never read event by event.
 */
public interface EventStateTallies {

    /**
     * The non-empty cells over the events of {@code area} reported within {@code weeks} (consecutive, oldest first),
     * ordered by week, state and grade code.
     */
    List<EventStateCount> reportedWeekly(AreaCode area, List<DigestWeek> weeks);
}
