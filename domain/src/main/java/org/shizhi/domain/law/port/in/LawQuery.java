package org.shizhi.domain.law.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * Reads of the law context, inside the caller's jurisdiction (elsewhere: not found). Permissions:
 * {@link Permission#READ_LEGAL_AID}, {@link Permission#READ_PETITIONS}, {@link Permission#READ_SUPERVISION},
 * {@link Permission#READ_LAW_PUBLICITY}, {@link Permission#READ_REGULATIONS}. Personal data shows clear only to a
 * caller with the privilege.
 */
public interface LawQuery {

    LegalAidView legalAid(Actor actor, LegalAidId id);

    Slice<LegalAidView> legalAidApplications(Actor actor, AreaCode area, Optional<LegalAidState> state, PageRequest page);

    Slice<LegalAidView> overdueLegalAid(Actor actor, AreaCode area, PageRequest page);

    /** The centres serving the area (its own, its district's, its city's), each lawyer with their caseload. */
    List<CentreView> legalAidCentres(Actor actor, AreaCode area);

    PetitionView petition(Actor actor, PetitionId id);

    Slice<PetitionView> petitions(Actor actor, AreaCode area, Optional<PetitionState> state, PageRequest page);

    /** The backlog (积案), oldest first, each with its age. */
    Slice<PetitionView> petitionBacklog(Actor actor, AreaCode area, PageRequest page);

    ComplaintView complaint(Actor actor, ComplaintId id);

    Slice<ComplaintView> overdueComplaints(Actor actor, AreaCode area, PageRequest page);

    Slice<PublicityEvent> publicityEvents(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    Regulation regulation(Actor actor, RegulationId id);

    /** The caller's city's regulations; in force on the date only, if given. */
    Slice<Regulation> regulations(Actor actor, Optional<LocalDate> inForceOn, PageRequest page);

    /**
     * The caller's city's regulations whose title or text holds every word of the query, most relevant first (the
     * stated score of {@link RegulationHit}), the latest effective first on ties.
     */
    Slice<RegulationHit> searchRegulations(Actor actor, RegulationQuery query, PageRequest page);
}
