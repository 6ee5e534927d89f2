package org.shizhi.domain.party.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.SyntheticIdentities;

class PartyModelTest {

    private static final AreaCode STREET = AreaCode.of("510104021000");
    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private static final AreaCode CHUNXI = AreaCode.of("510104021002");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final SyntheticIdentities identities = new SyntheticIdentities(7);

    private static PartyOrganisation org(OrganisationTier tier, AreaCode area) {
        return new PartyOrganisation(PartyOrganisationId.random(), tier, "组织", area, Optional.empty(), Set.of(), Set.of());
    }

    private static void refused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).as("the field named").contains(field));
    }

    // Tree rules ---------------------------------------------------------------------------------------------------

    @Test
    void onlyACommitteeStandsAtTheTop() {
        org(OrganisationTier.COMMITTEE, STREET).requireFitsUnder(Optional.empty());
        for (OrganisationTier tier : List.of(OrganisationTier.GENERAL_BRANCH, OrganisationTier.BRANCH, OrganisationTier.GROUP)) {
            refused(() -> org(tier, ZONGFU).requireFitsUnder(Optional.empty()), "parentId");
        }
    }

    @Test
    void eachTierStandsUnderItsParentTiersOnly() {
        PartyOrganisation committee = org(OrganisationTier.COMMITTEE, STREET);
        PartyOrganisation general = org(OrganisationTier.GENERAL_BRANCH, ZONGFU);
        PartyOrganisation branch = org(OrganisationTier.BRANCH, ZONGFU);
        general.requireFitsUnder(Optional.of(committee));
        branch.requireFitsUnder(Optional.of(committee));
        branch.requireFitsUnder(Optional.of(general));
        org(OrganisationTier.GROUP, ZONGFU).requireFitsUnder(Optional.of(branch));
        refused(() -> org(OrganisationTier.GROUP, ZONGFU).requireFitsUnder(Optional.of(committee)), "parentId");
        refused(() -> org(OrganisationTier.COMMITTEE, ZONGFU).requireFitsUnder(Optional.of(branch)), "parentId");
        refused(() -> org(OrganisationTier.GENERAL_BRANCH, ZONGFU).requireFitsUnder(Optional.of(general)), "parentId");
    }

    @Test
    void aChildStandsInsideItsParentsAreaAndBindsOnlyGridsInsideItsOwn() {
        PartyOrganisation zongfu = org(OrganisationTier.COMMITTEE, ZONGFU);
        refused(() -> org(OrganisationTier.BRANCH, CHUNXI).requireFitsUnder(Optional.of(zongfu)), "area");
        refused(() -> new PartyOrganisation(PartyOrganisationId.random(), OrganisationTier.BRANCH, "支部", ZONGFU, Optional.empty(),
                Set.of(GridCode.of(CHUNXI, 1)), Set.of()), "grids");
        assertThat(org(OrganisationTier.BRANCH, ZONGFU).boundTo(Set.of(GridCode.of(ZONGFU, 1).building(2)), Set.of()).grids())
                .as("a building sub-grid may be bound").hasSize(1);
    }

    @Test
    void onlyBranchesAndGroupsCountForCoverage() {
        assertThat(OrganisationTier.BRANCH.covers() && OrganisationTier.GROUP.covers()).isTrue();
        assertThat(OrganisationTier.COMMITTEE.covers() || OrganisationTier.GENERAL_BRANCH.covers()).isFalse();
    }

    // Members, check-ins, service ------------------------------------------------------------------------------------

    private PartyMember member(boolean employed) {
        return new PartyMember(PartyMemberId.random(), PartyOrganisationId.random(), "王建国",
                identities.idNumber("510104", LocalDate.of(1980, 1, 1)), Optional.empty(), employed, LocalDate.of(2005, 7, 1));
    }

    @Test
    void aMemberJoinsAtEighteenOrOlder() {
        refused(() -> new PartyMember(PartyMemberId.random(), PartyOrganisationId.random(), "王建国",
                identities.idNumber("510104", LocalDate.of(1990, 5, 1)), Optional.empty(), true, LocalDate.of(2008, 4, 30)), "joinedOn");
    }

    @Test
    void onlyEmployedMembersCheckInNeitherInTheFutureNorBeforeJoining() {
        assertThat(CheckIn.of(member(true), ZONGFU, TODAY, "巡逻", TODAY).community()).isEqualTo(ZONGFU);
        refused(() -> CheckIn.of(member(false), ZONGFU, TODAY, "巡逻", TODAY), "memberId");
        refused(() -> CheckIn.of(member(true), ZONGFU, TODAY.plusDays(1), "巡逻", TODAY), "on");
        refused(() -> CheckIn.of(member(true), ZONGFU, LocalDate.of(2005, 6, 30), "巡逻", TODAY), "on");
        refused(() -> CheckIn.of(member(true), STREET, TODAY, "巡逻", TODAY), "community");
        refused(() -> CheckIn.of(member(true), ZONGFU, TODAY, " ", TODAY), "pledgedService");
    }

    @Test
    void serviceIsCountedInHalfHoursUpToADay() {
        PartyMember m = member(false);
        assertThat(ServiceRecord.of(ServiceRecordId.random(), m, ZONGFU, "助老", TODAY, new BigDecimal("2.50"), 3, TODAY).hours())
                .isEqualByComparingTo("2.5");
        for (String hours : List.of("0", "-1", "0.3", "24.5")) {
            refused(() -> ServiceRecord.of(ServiceRecordId.random(), m, ZONGFU, "助老", TODAY, new BigDecimal(hours), 3, TODAY), "hours");
        }
        refused(() -> ServiceRecord.of(ServiceRecordId.random(), m, ZONGFU, "助老", TODAY, BigDecimal.ONE, -1, TODAY), "beneficiaries");
        refused(() -> ServiceRecord.of(ServiceRecordId.random(), m, ZONGFU, "助老", TODAY.plusDays(1), BigDecimal.ONE, 1, TODAY), "on");
    }

    @Test
    void aModelPostIsHeldByAMemberOfItsOrganisation() {
        PartyMember m = member(true);
        assertThat(ModelPost.of(ModelPostId.random(), m.organisation(), "党员先锋岗", m, TODAY).holder()).isEqualTo(m.id());
        refused(() -> ModelPost.of(ModelPostId.random(), PartyOrganisationId.random(), "党员先锋岗", m, TODAY), "holderId");
    }

    // Alliances and pledges ------------------------------------------------------------------------------------------

    private static Alliance alliance() {
        return new Alliance(AllianceId.random(), "共同体", STREET, PartyOrganisationId.random(), List.of(
                new Alliance.Member("学校", Alliance.MemberKind.SCHOOL, Optional.empty()),
                new Alliance.Member("银行", Alliance.MemberKind.ENTERPRISE, Optional.empty()),
                new Alliance.Member("税务局", Alliance.MemberKind.GOVERNMENT_AGENCY, Optional.empty())));
    }

    @Test
    void anAllianceHasTwoOrMoreMembersEachNamedOnce() {
        refused(() -> new Alliance(AllianceId.random(), "共同体", STREET, PartyOrganisationId.random(),
                List.of(new Alliance.Member("学校", Alliance.MemberKind.SCHOOL, Optional.empty()))), "members");
        refused(() -> alliance().joinedBy(new Alliance.Member("学校", Alliance.MemberKind.OTHER, Optional.empty())), "members");
    }

    @Test
    void onlyAMemberPledgesAndAPledgeIsDeliveredOnceByAnActivityItTookPartIn() {
        Alliance a = alliance();
        refused(() -> Pledge.by(PledgeId.random(), a, "外人", "讲座", TODAY), "memberName");
        Pledge p = Pledge.by(PledgeId.random(), a, "银行", "讲座", TODAY.plusDays(10));
        refused(() -> JointActivity.held(JointActivityId.random(), a, "活动", TODAY, List.of("学校", "税务局"), List.of(p), TODAY), "pledgeIds");
        refused(() -> JointActivity.held(JointActivityId.random(), a, "活动", TODAY, List.of("学校", "外人"), List.of(), TODAY), "participants");
        refused(() -> JointActivity.held(JointActivityId.random(), a, "活动", TODAY, List.of("学校", "学校"), List.of(), TODAY), "participants");
        refused(() -> JointActivity.held(JointActivityId.random(), a, "活动", TODAY.plusDays(1), List.of("学校", "银行"), List.of(), TODAY), "on");
        JointActivity held = JointActivity.held(JointActivityId.random(), a, "活动", TODAY, List.of("学校", "银行"), List.of(p), TODAY);
        Pledge delivered = p.deliveredBy(held);
        assertThat(delivered.kept()).as("delivered before it was due").isTrue();
        assertThatThrownBy(() -> delivered.deliveredBy(held)).isInstanceOf(ConflictException.class);
        Pledge late = Pledge.by(PledgeId.random(), a, "银行", "讲座", TODAY.minusDays(1)).deliveredBy(held);
        assertThat(late.kept()).as("delivered after its due date: not kept").isFalse();
    }

    // Councils -------------------------------------------------------------------------------------------------------

    private static Map<Seat, Council.Holder> seats() {
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        for (Seat seat : Seat.values()) {
            seats.put(seat, new Council.Holder(seat + "单位", "代表"));
        }
        return seats;
    }

    @Test
    void aCouncilFillsAllFiveSeats() {
        Map<Seat, Council.Holder> four = new EnumMap<>(seats());
        four.remove(Seat.SUPERVISORY_COMMITTEE);
        refused(() -> new Council(CouncilId.random(), ZONGFU, Optional.empty(), four), "seats");
        refused(() -> new Council(CouncilId.random(), STREET, Optional.empty(), seats()), "community");
    }

    @Test
    void anEstatesCouncilSitsInItsCommunityWithItsOwnPropertyCompany() {
        var code = identities.creditCode();
        Estate estate = new Estate(EstateId.random(), ZONGFU, "锦华苑", Optional.of(code));
        PropertyCompany company = new PropertyCompany(code, AreaCode.of("510100"), "锦华物业", Optional.empty());
        refused(() -> Council.of(CouncilId.random(), CHUNXI, Optional.of(estate), seats(), Optional.of(company)), "estateId");
        refused(() -> Council.of(CouncilId.random(), ZONGFU, Optional.of(estate), seats(), Optional.of(company)), "seats");
        Map<Seat, Council.Holder> right = new EnumMap<>(seats());
        right.put(Seat.PROPERTY_COMPANY, new Council.Holder("锦华物业", "项目经理"));
        assertThat(Council.of(CouncilId.random(), ZONGFU, Optional.of(estate), right, Optional.of(company)).estate()).contains(estate.id());
    }

    @Test
    void aMeetingNeedsAQuorumOfThreeSeatsAndATopic() {
        CouncilId council = CouncilId.random();
        refused(() -> Meeting.held(MeetingId.random(), council, TODAY, Set.of(Seat.RESIDENTS_COMMITTEE, Seat.OWNERS_COMMITTEE),
                List.of("停车"), List.of(), TODAY), "present");
        refused(() -> Meeting.held(MeetingId.random(), council, TODAY, Set.of(Seat.values()), List.of(), List.of(), TODAY), "topics");
        refused(() -> Meeting.held(MeetingId.random(), council, TODAY.plusDays(1), Set.of(Seat.values()), List.of("停车"), List.of(), TODAY), "on");
        assertThat(Meeting.held(MeetingId.random(), council, TODAY, Set.of(Seat.RESIDENTS_COMMITTEE, Seat.OWNERS_COMMITTEE,
                Seat.PROPERTY_COMPANY), List.of("停车"), List.of("划线"), TODAY).decisions()).containsExactly("划线");
    }

    @Test
    void aRateWithNothingToDivideByIsAbsent() {
        assertThat(new PartyReports.CheckInRate(ZONGFU, 0, 0).rate()).isEmpty();
        assertThat(new PartyReports.CheckInRate(ZONGFU, 4, 1).rate()).hasValue(0.25);
    }
}
