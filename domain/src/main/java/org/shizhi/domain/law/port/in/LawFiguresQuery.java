package org.shizhi.domain.law.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * The assessment's figures from the law context for an area and a period of days in China [{@code from}, {@code to}],
 * computed by the store. Permission: {@link Permission#READ_LAW_FIGURES}.
 */
public interface LawFiguresQuery {

    LawFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /**
     * The same figures for every area of {@code level} inside {@code within} at once, one count per figure in the store
     * grouped by area (the assessment of a whole level): an area with nothing to count is left out, its figures being
     * all zero. The jurisdiction is over {@code within}.
     */
    List<LawFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to);
}
