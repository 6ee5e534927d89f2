package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventStateWeeks;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * Events by state and grade over time: the events of an area in the caller's jurisdiction (else 404) reported in each
 * of {@code weeks} weeks ending with {@code last}, counted by the state they stand in now and by grade. Permission:
 * {@link Permission#READ_WEEKLY_DIGEST}, as the weekly digest's.
 */
public interface EventStateWeeksQuery {

    /** At most this many weeks at once. */
    int MAX_WEEKS = 26;

    /** Refused (400) for a {@code last} week that has not begun and for {@code weeks} outside 1 to {@link #MAX_WEEKS}. */
    EventStateWeeks eventStateWeeks(Actor actor, AreaCode area, DigestWeek last, int weeks);
}
