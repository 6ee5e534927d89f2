package org.shizhi.domain.programme.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * The assessment's figure on visits (走访): for every grid worker (responsible or assisting) with a visit task on a grid
 * inside {@code area} on days {@code from} to {@code to} (both included, days in China), how many of those visits were
 * made, a visit counting as made once a finding was recorded on it (the context records nothing else of a visit).
 * Aggregated by the store for all workers at once. {@link Permission#READ_VISIT_FIGURES}; the area in the caller's
 * jurisdiction.
 */
public interface VisitFiguresQuery {

    Map<MemberId, Long> visitsMadeByWorker(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
