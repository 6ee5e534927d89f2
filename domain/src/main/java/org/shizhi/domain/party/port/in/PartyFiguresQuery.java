package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import org.shizhi.domain.party.model.PartyReports.Figures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * The figures the assessment needs for an area, counted in storage: check-in rate, service hours in the period, branch
 * coverage of grids, pledges due in the period and kept. Every role; the area in the caller's jurisdiction.
 */
public interface PartyFiguresQuery {

    Figures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
