package org.shizhi.domain.grid.port.in;

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
}
