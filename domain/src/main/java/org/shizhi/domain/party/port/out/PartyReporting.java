package org.shizhi.domain.party.port.out;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.party.model.PartyReports.CheckInRate;
import org.shizhi.domain.party.model.PartyReports.CommunityHours;
import org.shizhi.domain.party.model.PartyReports.Coverage;
import org.shizhi.domain.party.model.PartyReports.Figures;
import org.shizhi.domain.party.model.PartyReports.IdleMember;
import org.shizhi.domain.party.model.PartyReports.MemberHours;
import org.shizhi.domain.party.model.PartyReports.OpenPledge;
import org.shizhi.domain.party.model.PartyReports.Tally;
import org.shizhi.domain.party.model.PartyReports.Uncovered;
import org.shizhi.domain.party.model.PartyReports.UnlinkedEstate;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The party context's reports, counted where the records are (in SQL for the JDBC adapter), never by handing every
 * record to the domain. Grids are those of the grid context's storage; "inside an area" is a code prefix. Periods
 * are inclusive dates. Contract: {@code PartyStorageContract}.
 */
public interface PartyReporting {

    /**
     * Coverage by area one level below {@code area} (its districts, streets or communities; a community's own row for a
     * community), ordered by code; areas with neither grid nor estate are left out.
     */
    List<Coverage> coverage(AreaCode area);

    /** Grids (building sub-grids excepted) and estates inside the area with no branch or group, by community, kind, id. */
    Slice<Uncovered> uncovered(AreaCode area, PageRequest page);

    /** Over members of the organisations standing inside the area. */
    CheckInRate checkInRate(AreaCode area);

    /**
     * Service hours per member of the organisations inside the area, given in [{@code from}, {@code to}], most hours
     * first (then member id); members without service are left out. Positions: (hours as plain text, id).
     */
    Slice<MemberHours> hoursPerMember(AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    /** Service hours per community inside the area in [{@code from}, {@code to}], by community code. */
    List<CommunityHours> hoursPerCommunity(AreaCode area, LocalDate from, LocalDate to);

    /**
     * Members checked in to a community inside the area with no service recorded on or after {@code since}, by
     * community then member id; positions are (community, id).
     */
    Slice<IdleMember> idleMembers(AreaCode area, LocalDate since, PageRequest page);

    /** Pledges not delivered of the alliances inside the area, by due date then id; overdue against {@code today}. */
    Slice<OpenPledge> openPledges(AreaCode area, LocalDate today, PageRequest page);

    /** Estates inside the area whose property company is overseen by no party organisation, by community then id. */
    Slice<UnlinkedEstate> unlinkedEstates(AreaCode area, PageRequest page);

    /** The assessment's figures; pledges counted are those due in [{@code from}, {@code to}]. */
    Figures figures(AreaCode area, LocalDate from, LocalDate to);

    /**
     * The assessment's counts for every area of {@code level} inside {@code within} with an employed member or a
     * grid, in code order: one aggregate per figure for all areas at once.
     */
    List<Tally> tallies(AreaCode within, AdminLevel level);
}
