package org.shizhi.domain.law.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * The law context's reports over a period of days in China [{@code from}, {@code to}], computed by the store.
 * Permission: {@link Permission#READ_LAW_REPORTS}; the area in the caller's jurisdiction.
 */
public interface LawReportsQuery {

    LegalAidReport legalAidReport(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    PetitionFigures petitionFigures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    List<AgencyFigures> supervisionByAgency(Actor actor, AreaCode area, LocalDate from, LocalDate to);
}
