package org.shizhi.domain.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.shared.AreaCode;

/**
 * What the platform lends a recurring programme for one run (SPI 1.3): the city and the time the run was due, and
 * narrow ports — never the platform itself. Each port acts for this city only.
 *
 * @param dueAt when this run was due (not when it started: a run delayed by a restart still plans for its own day)
 * @param zone  the city's time zone, the programme's schedule's
 */
public record ProgrammeContext(AreaCode city, Instant dueAt, ZoneId zone, GridStaff staff, VisitPlanner visits,
                               DigestDesk digests) {

    public ProgrammeContext {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(digests, "digests");
    }

    /** The day the run was due, in the city's time zone. */
    public LocalDate dueOn() {
        return dueAt.atZone(zone).toLocalDate();
    }

    /** Reads who holds which posts on the city's grids. */
    @FunctionalInterface
    public interface GridStaff {
        /** Everyone on the city's grids in one of {@code posts}, by grid code. */
        List<StaffPlacement> onPosts(Set<GridPost> posts);
    }

    /** Plans visit tasks. */
    @FunctionalInterface
    public interface VisitPlanner {
        /** One visit task per placement on {@code visitOn}; a task already planned is not planned again. Answers how many were new. */
        int plan(String programme, LocalDate visitOn, List<StaffPlacement> who);
    }

    /** Produces the city's weekly digest (一周一结) and keeps it on record. */
    @FunctionalInterface
    public interface DigestDesk {
        WeeklyDigest produce(DigestWeek week);
    }
}
