package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The assessment's figures on disputes of an area opened in a period of days in China [{@code from}, {@code to}]
 * (both included). Permission: {@link Permission#READ_DISPUTE_FIGURES}.
 */
public interface DisputeFiguresQuery {

    DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /**
     * The assessment's counts for every area of {@code level} inside {@code within} with a dispute opened in [{@code from},
     * {@code to}], in code order, aggregated by the store for all areas at once. Same permission; {@code within} in the
     * caller's jurisdiction; {@code level} below it.
     */
    List<DisputeTally> tallies(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to);
}
