package org.shizhi.domain.grid.port.in;

import java.util.List;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * 一周一结: the weekly digest of any area in the caller's jurisdiction (else 404), as a record; the adapters give
 * it its forms (JSON, CSV). Permission: {@link Permission#READ_WEEKLY_DIGEST}.
 */
public interface WeeklyDigestQuery {

    /** Refused (400) for a week that has not begun. */
    WeeklyDigest weeklyDigest(Actor actor, AreaCode area, DigestWeek week);

    /**
     * The weekly digests of the areas directly below {@code area} (a city's districts, a district's streets ...), in
     * code order, each the same as {@link #weeklyDigest} of that area, counted from one read of the parent area's
     * events. The parent must be in the caller's jurisdiction (else 404); refused (400) for a week not begun.
     */
    List<WeeklyDigest> childDigests(Actor actor, AreaCode area, DigestWeek week);
}
