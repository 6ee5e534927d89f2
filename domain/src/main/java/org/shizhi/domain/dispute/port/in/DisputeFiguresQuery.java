package org.shizhi.domain.dispute.port.in;

import java.time.LocalDate;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The assessment's figures on disputes of an area opened in a period of days in China [{@code from}, {@code to}]
 * (both included). Roles: {@code CITY_ADMIN}, {@code STREET_OFFICER}, {@code AUDITOR}, {@code INTEGRATOR}.
 */
public interface DisputeFiguresQuery {

    DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
