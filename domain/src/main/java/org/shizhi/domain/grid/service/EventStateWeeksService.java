package org.shizhi.domain.grid.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventStateWeeks;
import org.shizhi.domain.grid.port.in.EventStateWeeksQuery;
import org.shizhi.domain.grid.port.out.EventStateTallies;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;

/** Events by state and grade, week by week: the weeks are chosen here, the counting is the store's. */
public final class EventStateWeeksService implements EventStateWeeksQuery {

    private final EventStateTallies tallies;
    private final Clock clock;

    public EventStateWeeksService(EventStateTallies tallies, Clock clock) {
        this.tallies = Objects.requireNonNull(tallies);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public EventStateWeeks eventStateWeeks(Actor actor, AreaCode area, DigestWeek last, int weeks) {
        actor.require(Permission.READ_WEEKLY_DIGEST);
        actor.requireJurisdiction(area, "area", area);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidValueException("weeks", "weeks must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        if (!clock.instant().isAfter(last.start())) {
            throw new InvalidValueException("week", "the week of " + last.monday() + " has not begun yet");
        }
        List<DigestWeek> counted = new ArrayList<>(weeks);
        for (int back = weeks - 1; back >= 0; back--) {
            counted.add(new DigestWeek(last.monday().minusWeeks(back)));
        }
        return new EventStateWeeks(area, counted, tallies.reportedWeekly(area, counted));
    }
}
