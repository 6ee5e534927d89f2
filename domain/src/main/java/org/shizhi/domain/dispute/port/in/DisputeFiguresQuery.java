package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import java.time.LocalDate;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The assessment's figures on disputes of an area opened in a period of days in China [{@code from}, {@code to}]
 * (both included). Permission: {@link Permission#READ_DISPUTE_FIGURES}.
 */
public interface DisputeFiguresQuery {

    DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
