package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.DigestTallies;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.in.WeeklyDigestQuery;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/** 一周一结: reads the week's events of the area and computes the digest ({@link WeeklyDigest#of}). */
public final class WeeklyDigestService implements WeeklyDigestQuery {

    private final GridEventRepository events;
    private final AreaRepository areas;
    private final Clock clock;

    public WeeklyDigestService(GridEventRepository events, AreaRepository areas, Clock clock) {
        this.events = Objects.requireNonNull(events);
        this.areas = Objects.requireNonNull(areas);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public WeeklyDigest weeklyDigest(Actor actor, AreaCode area, DigestWeek week) {
        actor.require(Permission.READ_WEEKLY_DIGEST);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        if (!now.isAfter(week.start())) {
            throw new InvalidValueException("week", "the week of " + week.monday() + " has not begun yet");
        }
        return WeeklyDigest.of(area, week, now, events.forDigest(area, week.start(), week.end()));
    }

    @Override
    public List<WeeklyDigest> childDigests(Actor actor, AreaCode area, DigestWeek week) {
        actor.require(Permission.READ_WEEKLY_DIGEST);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        if (!now.isAfter(week.start())) {
            throw new InvalidValueException("week", "the week of " + week.monday() + " has not begun yet");
        }
        List<Area> children = areas.children(area);
        if (children.isEmpty()) {
            return List.of();
        }
        // One grouped read of the parent's events serves every child: the dashboard's per-district bars in one call.
        DigestTallies figures = events.digestTallies(area, week.start(), week.end(), WeeklyDigest.overdueCutoff(week, now));
        return children.stream().map(child -> WeeklyDigest.of(child.code(), week, now, figures)).toList();
    }
}
