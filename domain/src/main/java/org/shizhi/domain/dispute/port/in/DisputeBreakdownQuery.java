package org.shizhi.domain.dispute.port.in;

import java.time.LocalDate;
import org.shizhi.domain.dispute.model.DisputeBreakdown;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * For the dashboards: the disputes of an area opened in a period of days in China [{@code from}, {@code to}] counted
 * by type and by channel, grouped by the store. Permission {@link Permission#READ_DISPUTE_FIGURES}; the area in the
 * caller's jurisdiction (else 404); the period as {@link DisputeFiguresQuery#figures}'s (400 otherwise).
 */
public interface DisputeBreakdownQuery {

    DisputeBreakdown breakdown(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
