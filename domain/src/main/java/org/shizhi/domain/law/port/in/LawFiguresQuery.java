package org.shizhi.domain.law.port.in;

import java.time.LocalDate;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * The assessment's figures from the law context for an area and a period of days in China [{@code from}, {@code to}],
 * computed by the store. Permission: {@link Permission#READ_LAW_FIGURES}.
 */
public interface LawFiguresQuery {

    LawFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
