package org.shizhi.domain.party.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/** The rows of the party context's reports, each counted by storage (in SQL), never by loading the records. */
public final class PartyReports {

    private PartyReports() {
    }

    /**
     * Branch coverage of one area: its grids (building sub-grids excepted) and estates, and how many of them a branch or
     * group (党支部, 党小组) is bound to.
     */
    public record Coverage(AreaCode area, int grids, int coveredGrids, int estates, int coveredEstates) {
        public Optional<Double> gridRate() {
            return rate(coveredGrids, grids);
        }
    }

    /**
     * What the assessment counts for one area as things stand, for every area of a level at once: its employed members
     * and how many checked in to a community; its grids (building sub-grids excepted) and how many a branch or group is
     * bound to.
     */
    @PublishedModel
    public record Tally(AreaCode area, int employedMembers, int checkedIn, int grids, int coveredGrids) {
    }

    /** A grid or estate no branch or group is bound to. */
    public record Uncovered(Kind kind, String id, String name, AreaCode community) {
        public enum Kind { GRID, ESTATE }
    }

    /** Employed members of the organisations in an area and how many of them checked in to their community. */
    public record CheckInRate(AreaCode area, int employedMembers, int checkedIn) {
        public Optional<Double> rate() {
            return PartyReports.rate(checkedIn, employedMembers);
        }
    }

    /** One member's service in a period; {@code name} is personal data. */
    public record MemberHours(PartyMemberId member, String name, PartyOrganisationId organisation, BigDecimal hours,
                              int records, int beneficiaries) {
    }

    /** The service given in one community in a period. */
    public record CommunityHours(AreaCode community, BigDecimal hours, int records, int members, int beneficiaries) {
    }

    /** A member checked in to a community with no service recorded since a date; {@code name} is personal data. */
    public record IdleMember(PartyMemberId member, String name, AreaCode community, LocalDate checkedInOn,
                             Optional<LocalDate> lastServiceOn) {
    }

    /** A pledge not yet delivered, with its alliance's name, and whether its due date passed. */
    public record OpenPledge(Pledge pledge, String allianceName, boolean overdue) {
    }

    /** An estate whose property company no party organisation oversees (not yet 红色物业). */
    public record UnlinkedEstate(Estate estate, String companyName) {
    }

    /**
     * The figures the assessment needs for an area: check-in rate, service hours in [{@code from}, {@code to}], branch
     * coverage of grids, and the pledges due in the period that were kept (delivered by their due date).
     */
    public record Figures(AreaCode area, LocalDate from, LocalDate to, int employedMembers, int checkedIn,
                          BigDecimal serviceHours, int serviceRecords, int grids, int coveredGrids, int pledgesDue,
                          int pledgesKept) {
        public Optional<Double> checkInRate() {
            return rate(checkedIn, employedMembers);
        }

        public Optional<Double> branchCoverage() {
            return rate(coveredGrids, grids);
        }

        public Optional<Double> pledgesKeptRate() {
            return rate(pledgesKept, pledgesDue);
        }
    }

    /** A rate with nothing to divide by is absent, not zero. */
    static Optional<Double> rate(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }
}
