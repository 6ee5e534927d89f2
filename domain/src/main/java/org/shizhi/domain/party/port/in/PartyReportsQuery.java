package org.shizhi.domain.party.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.party.model.PartyReports.CheckInRate;
import org.shizhi.domain.party.model.PartyReports.CommunityHours;
import org.shizhi.domain.party.model.PartyReports.Coverage;
import org.shizhi.domain.party.model.PartyReports.IdleMember;
import org.shizhi.domain.party.model.PartyReports.MemberHours;
import org.shizhi.domain.party.model.PartyReports.OpenPledge;
import org.shizhi.domain.party.model.PartyReports.Uncovered;
import org.shizhi.domain.party.model.PartyReports.UnlinkedEstate;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The party context's reports over an area in the caller's jurisdiction; every role. Members' names are masked unless
 * the caller holds {@code PERSONAL_DATA}. Periods are inclusive, at most {@link #MAX_PERIOD_DAYS} days.
 */
public interface PartyReportsQuery {

    int MAX_PERIOD_DAYS = 3_660;
    int MAX_IDLE_MONTHS = 60;

    List<Coverage> coverage(Actor actor, AreaCode area);

    Slice<Uncovered> uncovered(Actor actor, AreaCode area, PageRequest page);

    CheckInRate checkInRate(Actor actor, AreaCode area);

    Slice<MemberHours> hoursPerMember(Actor actor, AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    List<CommunityHours> hoursPerCommunity(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /** Checked-in members with no service in the last {@code months} months (1 to 60), counted from today. */
    Slice<IdleMember> idleMembers(Actor actor, AreaCode area, int months, PageRequest page);

    Slice<OpenPledge> openPledges(Actor actor, AreaCode area, PageRequest page);

    Slice<UnlinkedEstate> unlinkedEstates(Actor actor, AreaCode area, PageRequest page);
}
