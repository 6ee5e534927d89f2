package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.PartyReports.Figures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * The figures the assessment needs for an area, counted in storage: check-in rate, service hours in the period, branch
 * coverage of grids, pledges due in the period and kept. Every role; the area in the caller's jurisdiction.
 */
public interface PartyFiguresQuery {

    Figures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /**
     * The assessment's counts as things stand for every area of {@code level} inside {@code within} with an employed member
     * or a grid, in code order, aggregated by the store for all areas at once; {@code level} below {@code within}.
     */
    List<PartyReports.Tally> tallies(Actor actor, AreaCode within, AdminLevel level);
}
