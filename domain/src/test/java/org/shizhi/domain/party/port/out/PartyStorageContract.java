package org.shizhi.domain.party.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.JointActivityId;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.MeetingId;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.ModelPostId;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.party.model.ServiceRecordId;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.SyntheticIdentities;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * What every storage of the party context must do. The storage starts empty but for the grids of {@link #GRIDS}, which
 * {@link #storage(Map)} must hold (coverage counts the grid context's grids): three general grids and a building
 * sub-grid in 成都's 总府路社区, one grid in its neighbour 春熙路社区, and one in 湛江's 金沙湾社区.
 */
public abstract class PartyStorageContract {

    protected static final AreaCode CHENGDU = AreaCode.of("510100");
    protected static final AreaCode JINJIANG = AreaCode.of("510104");
    protected static final AreaCode STREET = AreaCode.of("510104021000");
    protected static final AreaCode ZONGFU = AreaCode.of("510104021001");
    protected static final AreaCode CHUNXI = AreaCode.of("510104021002");
    protected static final AreaCode ZHANJIANG_COMMUNITY = AreaCode.of("440802006001");
    protected static final GridCode ZONGFU_1 = GridCode.of(ZONGFU, 1);
    protected static final GridCode ZONGFU_2 = GridCode.of(ZONGFU, 2);
    protected static final GridCode ZONGFU_3 = GridCode.of(ZONGFU, 3);
    protected static final GridCode ZONGFU_1_BUILDING = ZONGFU_1.building(1);
    protected static final GridCode CHUNXI_1 = GridCode.of(CHUNXI, 1);
    protected static final GridCode JINSHAWAN_1 = GridCode.of(ZHANJIANG_COMMUNITY, 1);
    /** The grids, code to name, that {@link #storage(Map)} must hold. */
    protected static final Map<GridCode, String> GRIDS = Map.of(ZONGFU_1, "总府路一网格", ZONGFU_2, "总府路二网格",
            ZONGFU_3, "总府路三网格", ZONGFU_1_BUILDING, "一网格1栋", CHUNXI_1, "春熙路一网格", JINSHAWAN_1, "金沙湾一网格");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The five ports over one storage. */
    public record Storage(PartyOrganisations organisations, PartyMembers members, Alliances alliances, Councils councils,
                          PartyReporting reporting) {
    }

    /** An empty storage holding exactly the grids given (code to name). */
    protected abstract Storage storage(Map<GridCode, String> grids);

    private final SyntheticIdentities identities = new SyntheticIdentities(15);
    private Storage s;

    @BeforeEach
    void emptyStorage() {
        s = storage(GRIDS);
    }

    private PartyOrganisation organisation(OrganisationTier tier, String name, AreaCode area, Optional<PartyOrganisationId> parent,
                                           Set<GridCode> grids, Set<EstateId> estates) {
        PartyOrganisation o = new PartyOrganisation(PartyOrganisationId.random(), tier, name, area, parent, grids, estates);
        s.organisations().save(o);
        return o;
    }

    private PartyMember member(PartyOrganisation organisation, String name, boolean employed) {
        PartyMember m = new PartyMember(PartyMemberId.random(), organisation.id(), name,
                identities.idNumber("510104", LocalDate.of(1980, 3, 14)), Optional.of(identities.phoneNumber()), employed,
                LocalDate.of(2005, 7, 1));
        s.members().add(m, organisation.area());
        return m;
    }

    private ServiceRecord serve(PartyMember m, AreaCode community, LocalDate on, String hours, int beneficiaries) {
        ServiceRecord r = new ServiceRecord(ServiceRecordId.random(), m.id(), community, "义务巡逻", on, new BigDecimal(hours), beneficiaries);
        s.members().add(r);
        return r;
    }

    private static <T> List<T> all(java.util.function.Function<PageRequest, Slice<T>> read, int limit) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(limit);
        while (true) {
            Slice<T> slice = read.apply(page);
            all.addAll(slice.items());
            if (slice.next().isEmpty()) {
                return all;
            }
            page = PageRequest.after(slice.next().get(), limit);
        }
    }

    // Organisations ------------------------------------------------------------------------------------------------

    @Test
    void anOrganisationIsReadBackWithItsBindingsAndRebindingReplacesThem() {
        Estate estate = new Estate(EstateId.random(), ZONGFU, "锦华苑", Optional.empty());
        s.organisations().save(estate);
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "总府路社区党委", ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyOrganisation branch = organisation(OrganisationTier.BRANCH, "一网格党支部", ZONGFU, Optional.of(committee.id()),
                Set.of(ZONGFU_1, ZONGFU_1_BUILDING), Set.of(estate.id()));

        assertThat(s.organisations().find(branch.id())).as("the branch as saved").contains(branch);
        PartyOrganisation rebound = branch.boundTo(Set.of(ZONGFU_2), Set.of());
        s.organisations().save(rebound);
        assertThat(s.organisations().find(branch.id()).orElseThrow().grids()).as("rebinding replaces the grids").containsExactly(ZONGFU_2);
        assertThat(s.organisations().find(branch.id()).orElseThrow().estates()).as("and the estates").isEmpty();
        assertThat(s.organisations().find(PartyOrganisationId.random())).as("an unknown organisation").isEmpty();
    }

    @Test
    void organisationsInsideAnAreaComePageByPageInAreaOrder() {
        for (int i = 0; i < 5; i++) {
            organisation(OrganisationTier.COMMITTEE, "党委" + i, i % 2 == 0 ? ZONGFU : CHUNXI, Optional.empty(), Set.of(), Set.of());
        }
        organisation(OrganisationTier.COMMITTEE, "湛江党委", ZHANJIANG_COMMUNITY, Optional.empty(), Set.of(), Set.of());

        List<PartyOrganisation> read = all(p -> s.organisations().within(STREET, p), 2);
        assertThat(read).as("the street's five, none twice, none of Zhanjiang").hasSize(5).doesNotHaveDuplicates();
        assertThat(read).extracting(PartyOrganisation::area).as("in area order").isSorted();
    }

    @Test
    void aCompanyIsFoundInItsCityOnlyAndLinkingReplacesIt() {
        UnifiedSocialCreditCode code = identities.creditCode();
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", ZONGFU, Optional.empty(), Set.of(), Set.of());
        s.organisations().save(new PropertyCompany(code, CHENGDU, "锦华物业", Optional.empty()));
        s.organisations().save(new PropertyCompany(code, CHENGDU, "锦华物业", Optional.of(committee.id())));

        assertThat(s.organisations().findCompany(CHENGDU, code).orElseThrow().overseenBy()).as("linked").contains(committee.id());
        assertThat(s.organisations().findCompany(AreaCode.of("440800"), code)).as("not found in another city").isEmpty();
    }

    // Members --------------------------------------------------------------------------------------------------------

    @Test
    void aMemberIsReadBackWithPersonalDataAndTheSameIdNumberIsRefusedInTheCity() {
        PartyOrganisation branch = organisation(OrganisationTier.COMMITTEE, "党委", ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyMember m = member(branch, "王建国", true);
        assertThat(s.members().find(m.id())).as("the member as enrolled").contains(m);

        PartyMember again = new PartyMember(PartyMemberId.random(), branch.id(), "王建国", m.idNumber(), Optional.empty(), false, LocalDate.of(2010, 1, 1));
        assertThatThrownBy(() -> s.members().add(again, ZONGFU)).as("the same ID number in the same city")
                .isInstanceOf(ConflictException.class);
        assertThat(s.members().find(again.id())).as("nothing written").isEmpty();
        s.members().add(again, ZHANJIANG_COMMUNITY);
        assertThat(s.members().find(again.id())).as("another city may enrol the same person").isPresent();
    }

    @Test
    void membersComeByNameAndCheckingInAgainReplacesTheCheckIn() {
        PartyOrganisation branch = organisation(OrganisationTier.COMMITTEE, "党委", ZONGFU, Optional.empty(), Set.of(), Set.of());
        List<String> names = List.of("赵敏", "钱进", "孙立", "李华", "周强");
        List<PartyMember> ms = names.stream().map(n -> member(branch, n, true)).toList();

        assertThat(all(p -> s.members().ofOrganisation(branch.id(), p), 2)).extracting(PartyMember::name)
                .as("every member once, by name").containsExactlyElementsOf(names.stream().sorted().toList());

        s.members().save(new CheckIn(ms.get(0).id(), ZONGFU, LocalDate.of(2026, 3, 1), "周末义务巡逻"));
        s.members().save(new CheckIn(ms.get(0).id(), CHUNXI, LocalDate.of(2026, 9, 1), "助老服务"));
        assertThat(s.members().checkIn(ms.get(0).id()).orElseThrow().community()).as("the later check-in").isEqualTo(CHUNXI);
        assertThat(s.members().checkIn(ms.get(1).id())).as("no check-in").isEmpty();
    }

    @Test
    void servicesComeLatestFirstAndModelPostsByTitle() {
        PartyOrganisation branch = organisation(OrganisationTier.COMMITTEE, "党委", ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyMember m = member(branch, "王建国", true);
        for (int day = 1; day <= 5; day++) {
            serve(m, ZONGFU, LocalDate.of(2026, 11, day), "1.5", 3);
        }
        List<ServiceRecord> read = all(p -> s.members().services(m.id(), p), 2);
        assertThat(read).extracting(ServiceRecord::on).as("latest first").containsExactly(LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1));
        assertThat(read.getFirst().hours()).as("hours kept to the half hour").isEqualByComparingTo("1.5");

        s.members().save(new ModelPost(ModelPostId.random(), branch.id(), "便民服务岗", m.id(), LocalDate.of(2026, 1, 1)));
        s.members().save(new ModelPost(ModelPostId.random(), branch.id(), "党员先锋岗", m.id(), LocalDate.of(2026, 1, 1)));
        assertThat(s.members().modelPosts(branch.id(), PageRequest.first(10)).items()).extracting(ModelPost::title).as("by title")
                .isSorted().hasSize(2);
    }

    @Test
    void modelPostsComePageByPageByTitleAndACursorHoldsWhilePostsArrive() {
        PartyOrganisation branch = organisation(OrganisationTier.BRANCH, "支部", ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyOrganisation other = organisation(OrganisationTier.BRANCH, "另一支部", ZONGFU, Optional.empty(), Set.of(), Set.of());
        PartyMember m = member(branch, "王建国", true);
        // Two posts share a title: the id breaks the tie.
        for (String title : List.of("便民服务岗", "党员先锋岗", "党员先锋岗", "政策宣讲岗", "矛盾调解岗")) {
            s.members().save(new ModelPost(ModelPostId.random(), branch.id(), title, m.id(), LocalDate.of(2026, 1, 1)));
        }
        s.members().save(new ModelPost(ModelPostId.random(), other.id(), "党员先锋岗", m.id(), LocalDate.of(2026, 1, 1)));

        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> s.members().modelPosts(branch.id(), p), ModelPost::id, 2);
        assertThat(KeysetPaging.everyPage(p -> s.members().modelPosts(branch.id(), p), 2)).as("the branch's five only").hasSize(5);
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> s.members().modelPosts(branch.id(), p), ModelPost::id, 2, () -> {
            s.members().save(new ModelPost(ModelPostId.random(), branch.id(), "一号岗", m.id(), LocalDate.of(2026, 2, 1)));
            s.members().save(new ModelPost(ModelPostId.random(), branch.id(), "龙舟岗", m.id(), LocalDate.of(2026, 2, 1)));
        });
    }

    // Alliances ------------------------------------------------------------------------------------------------------

    private Alliance alliance(PartyOrganisation convenor, AreaCode area) {
        Alliance a = new Alliance(AllianceId.random(), "总府路党建共同体", area, convenor.id(), List.of(
                new Alliance.Member("锦江区实验小学", Alliance.MemberKind.SCHOOL, Optional.empty()),
                new Alliance.Member("天府银行", Alliance.MemberKind.ENTERPRISE, Optional.of(identities.creditCode())),
                new Alliance.Member("锦江区税务局", Alliance.MemberKind.GOVERNMENT_AGENCY, Optional.empty())));
        s.alliances().save(a);
        return a;
    }

    private Pledge pledge(Alliance a, String member, LocalDate due) {
        Pledge p = new Pledge(PledgeId.random(), a.id(), member, "两场金融知识讲座", due, Optional.empty(), Optional.empty());
        s.alliances().add(p);
        return p;
    }

    @Test
    void anActivityDeliversItsPledgesOnceAndASecondDeliveryWritesNothing() {
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", STREET, Optional.empty(), Set.of(), Set.of());
        Alliance a = alliance(committee, STREET);
        assertThat(s.alliances().find(a.id())).as("the alliance as saved").contains(a);
        Pledge p = pledge(a, "天府银行", LocalDate.of(2026, 10, 1));
        JointActivity first = new JointActivity(JointActivityId.random(), a.id(), "金融进社区", LocalDate.of(2026, 9, 20),
                List.of("天府银行", "锦江区实验小学"), Set.of(p.id()));
        s.alliances().record(first);

        Pledge delivered = s.alliances().find(p.id()).orElseThrow();
        assertThat(delivered.deliveredOn()).as("delivered on the activity's date").contains(LocalDate.of(2026, 9, 20));
        assertThat(delivered.deliveredBy()).as("by the activity").contains(first.id());
        JointActivity second = new JointActivity(JointActivityId.random(), a.id(), "再次", LocalDate.of(2026, 9, 25),
                List.of("天府银行", "锦江区实验小学"), Set.of(p.id()));
        assertThatThrownBy(() -> s.alliances().record(second)).as("a pledge delivered already").isInstanceOf(ConflictException.class);
        assertThat(all(page -> s.alliances().activities(a.id(), page), 5)).extracting(JointActivity::id)
                .as("the refused activity was not written").containsExactly(first.id());
        assertThat(s.alliances().activities(a.id(), PageRequest.first(5)).items().getFirst().participants())
                .as("participants in order").containsExactly("天府银行", "锦江区实验小学");
        assertThat(all(page -> s.alliances().alliancesWithin(JINJIANG, page), 1)).as("the alliance inside the district").hasSize(1);
    }

    @Test
    void pledgesComePageByPageByDueDateDeliveredOrNot() {
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", STREET, Optional.empty(), Set.of(), Set.of());
        Alliance a = alliance(committee, STREET);
        Alliance other = alliance(committee, STREET);
        List<Pledge> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Two pledges fall due on each day: the id breaks the tie.
            made.add(pledge(a, i % 2 == 0 ? "天府银行" : "锦江区实验小学", LocalDate.of(2026, 10, 1 + i / 2)));
        }
        pledge(other, "天府银行", LocalDate.of(2026, 10, 1));
        s.alliances().record(new JointActivity(JointActivityId.random(), a.id(), "金融进社区", LocalDate.of(2026, 9, 20),
                List.of("天府银行", "锦江区实验小学"), Set.of(made.get(2).id())));

        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> s.alliances().pledges(a.id(), p), Pledge::id, 2);
        List<Pledge> read = KeysetPaging.everyPage(p -> s.alliances().pledges(a.id(), p), 2);
        assertThat(read).as("the alliance's five, by due date").hasSize(5).extracting(Pledge::dueOn).isSorted();
        assertThat(read).filteredOn(p -> p.id().equals(made.get(2).id())).singleElement()
                .satisfies(p -> assertThat(p.deliveredOn()).as("a delivered pledge is listed with its delivery").contains(LocalDate.of(2026, 9, 20)));
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> s.alliances().pledges(a.id(), p), Pledge::id, 2, () -> {
            pledge(a, "锦江区税务局", LocalDate.of(2026, 9, 1));
            pledge(a, "锦江区税务局", LocalDate.of(2026, 12, 1));
        });
    }

    // Councils -------------------------------------------------------------------------------------------------------

    private static Map<Seat, Council.Holder> seats() {
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        for (Seat seat : Seat.values()) {
            seats.put(seat, new Council.Holder(seat.name() + "单位", "代表" + seat.ordinal()));
        }
        return seats;
    }

    @Test
    void aPlaceHasOneCouncilAndMeetingsComeLatestFirst() {
        Estate estate = new Estate(EstateId.random(), ZONGFU, "锦华苑", Optional.empty());
        s.organisations().save(estate);
        Council community = new Council(CouncilId.random(), ZONGFU, Optional.empty(), seats());
        Council ofEstate = new Council(CouncilId.random(), ZONGFU, Optional.of(estate.id()), seats());
        s.councils().add(community);
        s.councils().add(ofEstate);
        assertThat(s.councils().find(community.id())).as("the council as formed").contains(community);
        assertThat(s.councils().ofCommunity(ZONGFU, PageRequest.first(10)).items()).as("the community's own first")
                .containsExactly(community, ofEstate);
        assertThatThrownBy(() -> s.councils().add(new Council(CouncilId.random(), ZONGFU, Optional.empty(), seats())))
                .as("a second council of the community").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.councils().add(new Council(CouncilId.random(), ZONGFU, Optional.of(estate.id()), seats())))
                .as("a second council of the estate").isInstanceOf(ConflictException.class);

        Meeting earlier = new Meeting(MeetingId.random(), community.id(), LocalDate.of(2026, 10, 1),
                Set.of(Seat.COMMUNITY_PARTY_ORGANISATION, Seat.RESIDENTS_COMMITTEE, Seat.PROPERTY_COMPANY),
                List.of("电梯加装", "停车管理"), List.of("成立加装电梯工作组"));
        Meeting later = new Meeting(MeetingId.random(), community.id(), LocalDate.of(2026, 11, 1), Set.of(Seat.values()),
                List.of("垃圾分类"), List.of());
        s.councils().add(earlier);
        s.councils().add(later);
        List<Meeting> read = all(p -> s.councils().meetings(community.id(), p), 1);
        assertThat(read).as("latest first, as held").containsExactly(later, earlier);
    }

    @Test
    void aCommunitysCouncilsComePageByPageItsOwnFirst() {
        Council own = new Council(CouncilId.random(), ZONGFU, Optional.empty(), seats());
        s.councils().add(own);
        s.councils().add(new Council(CouncilId.random(), CHUNXI, Optional.empty(), seats()));
        for (int i = 0; i < 4; i++) {
            Estate estate = new Estate(EstateId.random(), ZONGFU, "小区" + i, Optional.empty());
            s.organisations().save(estate);
            s.councils().add(new Council(CouncilId.random(), ZONGFU, Optional.of(estate.id()), seats()));
        }

        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> s.councils().ofCommunity(ZONGFU, p), Council::id, 2);
        List<Council> read = KeysetPaging.everyPage(p -> s.councils().ofCommunity(ZONGFU, p), 2);
        assertThat(read).as("the community's own and its four estates', not the neighbour's").hasSize(5).first().isEqualTo(own);
        assertThat(read.subList(1, 5)).extracting(c -> c.id().value().toString()).as("the estates' by council id").isSorted();
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> s.councils().ofCommunity(ZONGFU, p), Council::id, 2, () -> {
            for (int i = 0; i < 2; i++) {
                Estate estate = new Estate(EstateId.random(), ZONGFU, "新小区" + i, Optional.empty());
                s.organisations().save(estate);
                s.councils().add(new Council(CouncilId.random(), ZONGFU, Optional.of(estate.id()), seats()));
            }
        });
    }

    // Reports --------------------------------------------------------------------------------------------------------

    @Test
    void coverageCountsGridsAndEstatesWithABranchOrGroupByAreaBelow() {
        Estate covered = new Estate(EstateId.random(), ZONGFU, "锦华苑", Optional.empty());
        Estate bare = new Estate(EstateId.random(), CHUNXI, "春熙苑", Optional.empty());
        s.organisations().save(covered);
        s.organisations().save(bare);
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", STREET, Optional.empty(),
                Set.of(CHUNXI_1), Set.of(bare.id()));
        PartyOrganisation branch = organisation(OrganisationTier.BRANCH, "一支部", ZONGFU, Optional.of(committee.id()),
                Set.of(ZONGFU_1), Set.of(covered.id()));
        organisation(OrganisationTier.GROUP, "二小组", ZONGFU, Optional.of(branch.id()), Set.of(ZONGFU_2), Set.of());

        assertThat(s.reporting().coverage(STREET)).as("a committee's binding does not cover; building sub-grids are not counted")
                .containsExactly(new PartyReports.Coverage(ZONGFU, 3, 2, 1, 1), new PartyReports.Coverage(CHUNXI, 1, 0, 1, 0));
        assertThat(s.reporting().coverage(JINJIANG)).as("the district's one street")
                .containsExactly(new PartyReports.Coverage(STREET, 4, 2, 2, 1));
        assertThat(s.reporting().coverage(ZONGFU)).as("a community's own row")
                .containsExactly(new PartyReports.Coverage(ZONGFU, 3, 2, 1, 1));
        assertThat(all(p -> s.reporting().uncovered(STREET, p), 1)).as("what lacks a branch, by community")
                .containsExactly(new PartyReports.Uncovered(PartyReports.Uncovered.Kind.GRID, ZONGFU_3.value(), "总府路三网格", ZONGFU),
                        new PartyReports.Uncovered(PartyReports.Uncovered.Kind.GRID, CHUNXI_1.value(), "春熙路一网格", CHUNXI),
                        new PartyReports.Uncovered(PartyReports.Uncovered.Kind.ESTATE, bare.id().toString(), "春熙苑", CHUNXI));
    }

    @Test
    void checkInRateHoursIdleMembersAndFiguresAreCountedOverTheArea() {
        PartyOrganisation zongfu = organisation(OrganisationTier.COMMITTEE, "总府路党委", ZONGFU, Optional.empty(), Set.of(ZONGFU_1), Set.of());
        organisation(OrganisationTier.BRANCH, "一支部", ZONGFU, Optional.of(zongfu.id()), Set.of(ZONGFU_1), Set.of());
        PartyOrganisation chunxi = organisation(OrganisationTier.COMMITTEE, "春熙路党委", CHUNXI, Optional.empty(), Set.of(), Set.of());
        PartyMember a = member(zongfu, "甲", true);
        PartyMember b = member(zongfu, "乙", true);
        PartyMember c = member(zongfu, "丙", false);
        PartyMember d = member(chunxi, "丁", true);
        s.members().save(new CheckIn(a.id(), ZONGFU, LocalDate.of(2026, 1, 5), "巡逻"));
        s.members().save(new CheckIn(d.id(), CHUNXI, LocalDate.of(2026, 2, 5), "助老"));
        serve(a, ZONGFU, LocalDate.of(2026, 11, 1), "2.5", 10);
        serve(a, CHUNXI, LocalDate.of(2026, 11, 2), "1", 4);
        serve(b, ZONGFU, LocalDate.of(2026, 11, 3), "4", 1);
        serve(c, ZONGFU, LocalDate.of(2026, 11, 4), "3.5", 2);
        serve(d, CHUNXI, LocalDate.of(2026, 5, 1), "2", 5);
        serve(c, ZONGFU, LocalDate.of(2025, 1, 1), "8", 1);

        assertThat(s.reporting().checkInRate(ZONGFU)).as("two employed, one checked in")
                .isEqualTo(new PartyReports.CheckInRate(ZONGFU, 2, 1));
        assertThat(s.reporting().checkInRate(STREET).rate()).as("three employed, two checked in").hasValue(2.0 / 3);

        LocalDate from = LocalDate.of(2026, 1, 1);
        List<PartyReports.MemberHours> hours = all(p -> s.reporting().hoursPerMember(STREET, from, TODAY, p), 1);
        assertThat(hours.get(1).member().toString()).as("equal hours: by member id")
                .isLessThan(hours.get(2).member().toString());
        assertThat(hours).extracting(h -> h.hours().stripTrailingZeros().toPlainString()).as("hours per member")
                .containsExactly("4", "3.5", "3.5", "2");
        assertThat(hours).filteredOn(h -> h.member().equals(a.id())).singleElement()
                .satisfies(h -> assertThat(h.records()).isEqualTo(2)).satisfies(h -> assertThat(h.beneficiaries()).isEqualTo(14));

        assertThat(s.reporting().hoursPerCommunity(STREET, from, TODAY)).as("per community, the 2025 service left out")
                .extracting(h -> h.community() + " " + h.hours().stripTrailingZeros().toPlainString() + "h " + h.records() + " " + h.members() + " " + h.beneficiaries())
                .containsExactly(ZONGFU + " 10h 3 3 13", CHUNXI + " 3h 2 2 9");

        assertThat(all(p -> s.reporting().idleMembers(STREET, LocalDate.of(2026, 6, 7), p), 1))
                .as("checked in, no service since 6 June: 丁 only").singleElement()
                .satisfies(i -> assertThat(i.member()).isEqualTo(d.id()))
                .satisfies(i -> assertThat(i.lastServiceOn()).contains(LocalDate.of(2026, 5, 1)))
                .satisfies(i -> assertThat(i.name()).isEqualTo("丁"));

        PartyReports.Figures figures = s.reporting().figures(STREET, from, TODAY);
        assertThat(figures.checkInRate()).as("figures' check-in rate").hasValue(2.0 / 3);
        assertThat(figures.serviceHours()).as("figures' hours").isEqualByComparingTo("13");
        assertThat(figures.serviceRecords()).as("figures' records").isEqualTo(5);
        assertThat(figures.grids()).as("grids counted").isEqualTo(4);
        assertThat(figures.coveredGrids()).as("grids with a branch").isEqualTo(1);

        assertThat(s.reporting().tallies(STREET, AdminLevel.COMMUNITY)).as("the assessment's counts, every community at once")
                .containsExactly(new PartyReports.Tally(ZONGFU, 2, 1, 3, 1), new PartyReports.Tally(CHUNXI, 1, 1, 1, 0));
        assertThat(s.reporting().tallies(JINJIANG, AdminLevel.STREET)).containsExactly(new PartyReports.Tally(STREET, 3, 2, 4, 1));
    }

    @Test
    void openPledgesAndKeptPledgesAreCountedOverTheAlliancesOfTheArea() {
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", STREET, Optional.empty(), Set.of(), Set.of());
        Alliance a = alliance(committee, STREET);
        Pledge kept = pledge(a, "天府银行", LocalDate.of(2026, 10, 1));
        Pledge late = pledge(a, "锦江区实验小学", LocalDate.of(2026, 9, 1));
        Pledge overdue = pledge(a, "锦江区税务局", LocalDate.of(2026, 11, 1));
        Pledge pending = pledge(a, "天府银行", LocalDate.of(2027, 3, 1));
        s.alliances().record(new JointActivity(JointActivityId.random(), a.id(), "共建日", LocalDate.of(2026, 9, 20),
                List.of("天府银行", "锦江区实验小学"), Set.of(kept.id(), late.id())));

        List<PartyReports.OpenPledge> open = all(p -> s.reporting().openPledges(JINJIANG, TODAY, p), 1);
        assertThat(open).extracting(o -> o.pledge().id()).as("not delivered, by due date").containsExactly(overdue.id(), pending.id());
        assertThat(open).extracting(PartyReports.OpenPledge::overdue).as("overdue against today").containsExactly(true, false);
        assertThat(open.getFirst().allianceName()).isEqualTo("总府路党建共同体");
        assertThat(s.reporting().openPledges(ZHANJIANG_COMMUNITY, TODAY, PageRequest.first(10)).items()).as("none in Zhanjiang").isEmpty();

        PartyReports.Figures figures = s.reporting().figures(STREET, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.pledgesDue()).as("three due in 2026").isEqualTo(3);
        assertThat(figures.pledgesKept()).as("one delivered by its due date (the other late)").isEqualTo(1);
    }

    @Test
    void estatesWhoseCompanyNoOrganisationOverseesAreListed() {
        PartyOrganisation committee = organisation(OrganisationTier.COMMITTEE, "党委", STREET, Optional.empty(), Set.of(), Set.of());
        UnifiedSocialCreditCode red = identities.creditCode();
        UnifiedSocialCreditCode plain = identities.creditCode();
        s.organisations().save(new PropertyCompany(red, CHENGDU, "红旗物业", Optional.of(committee.id())));
        s.organisations().save(new PropertyCompany(plain, CHENGDU, "普通物业", Optional.empty()));
        Estate linked = new Estate(EstateId.random(), ZONGFU, "红旗苑", Optional.of(red));
        Estate unlinked = new Estate(EstateId.random(), CHUNXI, "普通苑", Optional.of(plain));
        Estate selfManaged = new Estate(EstateId.random(), ZONGFU, "自管院落", Optional.empty());
        List.of(linked, unlinked, selfManaged).forEach(s.organisations()::save);

        assertThat(all(p -> s.reporting().unlinkedEstates(STREET, p), 1)).as("only the estate of the unlinked company")
                .containsExactly(new PartyReports.UnlinkedEstate(unlinked, "普通物业"));
        assertThat(all(p -> s.organisations().estatesWithin(ZONGFU, p), 1)).as("the community's estates")
                .containsExactlyInAnyOrder(linked, selfManaged);
    }
}
