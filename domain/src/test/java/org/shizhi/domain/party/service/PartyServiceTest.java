package org.shizhi.domain.party.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.GridView;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.port.in.AllianceUseCase;
import org.shizhi.domain.party.port.in.CouncilUseCase;
import org.shizhi.domain.party.port.in.InstructorView;
import org.shizhi.domain.party.port.in.KeepMembersUseCase;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.in.OrganisePartyUseCase;
import org.shizhi.domain.party.port.out.InMemoryPartyStorage;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.SyntheticIdentities;

class PartyServiceTest {

    private static final AreaCode CHENGDU = AreaCode.of("510100");
    private static final AreaCode STREET = AreaCode.of("510104021000");
    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private static final AreaCode CHUNXI = AreaCode.of("510104021002");
    private static final GridCode ZONGFU_1 = GridCode.of(ZONGFU, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPartyStorage storage = new InMemoryPartyStorage(Map.of(ZONGFU_1, "一网格", GridCode.of(CHUNXI, 1), "春熙一网格"));
    /** The grid context as the party context sees it: the two grids exist; outside the jurisdiction, not found. */
    private final GridQuery grids = new CommunityGrids() {
        @Override
        public GridView grid(Actor actor, GridCode code) {
            if (!actor.answersFor(code.community()) || !Set.of(ZONGFU_1, GridCode.of(CHUNXI, 1)).contains(code)) {
                throw new NotFoundException("grid", code);
            }
            return new GridView(code, GridTier.GENERAL, "网格", Optional.empty(), Optional.empty(), List.of(), true,
                    new RegisterCounts(0, 0, 0, 0), 1);
        }

        @Override
        public Slice<GridView> gridsOfCommunity(Actor actor, AreaCode community, PageRequest page) {
            return new Slice<>(List.of(grid(actor, GridCode.of(community, 1))), Optional.empty());
        }
    };
    private final PartyService service = new PartyService(storage, storage, storage, storage, storage, grids, CLOCK);
    private final SyntheticIdentities identities = new SyntheticIdentities(3);

    private static Actor actor(AreaCode jurisdiction, Role role, Privilege... privileges) {
        return new Actor("u-" + role, CHENGDU, jurisdiction, Set.of(role), Set.of(privileges));
    }

    private final Actor street = actor(STREET, Role.STREET_OFFICER, Privilege.PERSONAL_DATA);
    private final Actor zongfuStaff = actor(ZONGFU, Role.COMMUNITY_STAFF);

    private PartyOrganisation committee() {
        return service.found(street, new OrganisePartyUseCase.FoundCommand(OrganisationTier.COMMITTEE, "街道党工委", STREET,
                Optional.empty(), Set.of(), Set.of()));
    }

    @Test
    void aCommunityBranchStandsUnderTheStreetsCommitteeAndIsBoundToItsGrid() {
        PartyOrganisation committee = committee();
        PartyOrganisation branch = service.found(zongfuStaff, new OrganisePartyUseCase.FoundCommand(OrganisationTier.BRANCH,
                "一网格党支部", ZONGFU, Optional.of(committee.id()), Set.of(ZONGFU_1), Set.of()));
        assertThat(service.coverage(street, ZONGFU).getFirst().coveredGrids()).as("the grid is covered").isEqualTo(1);
        assertThat(service.organisation(zongfuStaff, branch.id())).isEqualTo(branch);
    }

    @Test
    void rolesAndJurisdictionAreCheckedBeforeAnythingIsWritten() {
        PartyOrganisation committee = committee();
        assertThatThrownBy(() -> service.found(actor(STREET, Role.AUDITOR), new OrganisePartyUseCase.FoundCommand(
                OrganisationTier.BRANCH, "支部", ZONGFU, Optional.of(committee.id()), Set.of(), Set.of())))
                .as("an auditor reads only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.found(zongfuStaff, new OrganisePartyUseCase.FoundCommand(
                OrganisationTier.BRANCH, "支部", CHUNXI, Optional.of(committee.id()), Set.of(), Set.of())))
                .as("another community: not found").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.found(zongfuStaff, new OrganisePartyUseCase.FoundCommand(
                OrganisationTier.BRANCH, "支部", ZONGFU, Optional.of(committee.id()), Set.of(GridCode.of(CHUNXI, 1)), Set.of())))
                .as("a grid outside the area").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.organisation(zongfuStaff, committee.id()))
                .as("the street's committee is outside a community's jurisdiction").isInstanceOf(NotFoundException.class);
        assertThat(storage.within(STREET, PageRequest.first(10)).items()).as("only the committee was written").containsExactly(committee);
    }

    @Test
    void membersAreMaskedWithoutThePrivilegeAndCheckInWhereTheyLive() {
        PartyOrganisation committee = committee();
        MemberView enrolled = service.enrol(street, new KeepMembersUseCase.EnrolCommand(committee.id(), "王建国",
                identities.idNumber("510104", LocalDate.of(1980, 1, 2)), Optional.of(identities.phoneNumber()), true, LocalDate.of(2004, 7, 1)));
        assertThat(enrolled.masked()).as("the organiser holds the privilege").isFalse();
        MemberView masked = service.member(actor(STREET, Role.AUDITOR), enrolled.id());
        assertThat(masked.name()).as("masked name").isEqualTo("王**");
        assertThat(masked.idNumber()).as("masked ID number").contains("********");

        service.checkIn(street, new KeepMembersUseCase.CheckInCommand(enrolled.id(), CHUNXI, LocalDate.of(2026, 3, 1), "周末巡逻"));
        assertThatThrownBy(() -> service.checkIn(street, new KeepMembersUseCase.CheckInCommand(enrolled.id(),
                AreaCode.of("440802006001"), LocalDate.of(2026, 3, 1), "巡逻"))).as("a community of another city")
                .isInstanceOf(InvalidValueException.class);
        service.recordService(street, new KeepMembersUseCase.RecordServiceCommand(enrolled.id(), CHUNXI, "助老", LocalDate.of(2026, 3, 8),
                new BigDecimal("2"), 5));
        assertThat(service.checkInRate(street, STREET).rate()).hasValue(1.0);
        assertThat(service.idleMembers(street, STREET, 3, PageRequest.first(10)).items()).as("no service since March")
                .singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("王建国"));
        assertThat(service.idleMembers(actor(STREET, Role.AUDITOR), STREET, 3, PageRequest.first(10)).items().getFirst().name())
                .as("masked in the report too").isEqualTo("王**");
        assertThatThrownBy(() -> service.idleMembers(street, STREET, 0, PageRequest.first(10))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSameIdNumberIsEnrolledOnceInTheCity() {
        PartyOrganisation committee = committee();
        var id = identities.idNumber("510104", LocalDate.of(1980, 1, 2));
        service.enrol(street, new KeepMembersUseCase.EnrolCommand(committee.id(), "王建国", id, Optional.empty(), true, LocalDate.of(2004, 7, 1)));
        assertThatThrownBy(() -> service.enrol(street, new KeepMembersUseCase.EnrolCommand(committee.id(), "王建国", id,
                Optional.empty(), true, LocalDate.of(2004, 7, 1)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anActivityDeliversPledgesAndTheRestAreListedOpen() {
        PartyOrganisation committee = committee();
        Alliance alliance = service.form(street, new AllianceUseCase.FormAllianceCommand("共同体", STREET, committee.id(), List.of(
                new Alliance.Member("学校", Alliance.MemberKind.SCHOOL, Optional.empty()),
                new Alliance.Member("银行", Alliance.MemberKind.ENTERPRISE, Optional.empty()))));
        var kept = service.pledge(street, new AllianceUseCase.PledgeCommand(alliance.id(), "银行", "讲座", LocalDate.of(2026, 12, 31)));
        var open = service.pledge(street, new AllianceUseCase.PledgeCommand(alliance.id(), "学校", "研学", LocalDate.of(2026, 11, 30)));
        var recorded = service.recordActivity(street, new AllianceUseCase.RecordActivityCommand(alliance.id(), "金融进校园",
                LocalDate.of(2026, 12, 1), List.of("学校", "银行"), List.of(kept.id())));
        assertThat(recorded.delivered()).singleElement().satisfies(p -> assertThat(p.kept()).isTrue());
        assertThat(service.openPledges(street, STREET, PageRequest.first(10)).items()).singleElement()
                .satisfies(o -> assertThat(o.pledge().id()).isEqualTo(open.id())).satisfies(o -> assertThat(o.overdue()).isTrue());
        assertThatThrownBy(() -> service.recordActivity(street, new AllianceUseCase.RecordActivityCommand(alliance.id(), "再来",
                LocalDate.of(2026, 12, 2), List.of("学校", "银行"), List.of(kept.id())))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCommunityHasOneCouncilWhichMeetsWithAQuorum() {
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        for (Seat seat : Seat.values()) {
            seats.put(seat, new Council.Holder(seat + "单位", "代表"));
        }
        Council council = service.form(zongfuStaff, new CouncilUseCase.FormCouncilCommand(ZONGFU, Optional.empty(), seats));
        assertThatThrownBy(() -> service.form(zongfuStaff, new CouncilUseCase.FormCouncilCommand(ZONGFU, Optional.empty(), seats)))
                .isInstanceOf(ConflictException.class);
        service.meet(zongfuStaff, new CouncilUseCase.MeetCommand(council.id(), LocalDate.of(2026, 12, 1),
                Set.of(Seat.COMMUNITY_PARTY_ORGANISATION, Seat.RESIDENTS_COMMITTEE, Seat.PROPERTY_COMPANY), List.of("停车"), List.of("划线")));
        assertThat(service.meetings(zongfuStaff, council.id(), PageRequest.first(5)).items()).hasSize(1);
        assertThatThrownBy(() -> service.meetings(actor(CHUNXI, Role.COMMUNITY_STAFF), council.id(), PageRequest.first(5)))
                .as("another community's council").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCallerWithoutARoleReadsNothingEvenInTheirOwnJurisdiction() {
        PartyOrganisation committee = committee();
        MemberView member = service.enrol(street, new KeepMembersUseCase.EnrolCommand(committee.id(), "王建国",
                identities.idNumber("510104", LocalDate.of(1980, 1, 2)), Optional.empty(), true, LocalDate.of(2004, 7, 1)));
        Alliance alliance = service.form(street, new AllianceUseCase.FormAllianceCommand("共同体", STREET, committee.id(), List.of(
                new Alliance.Member("学校", Alliance.MemberKind.SCHOOL, Optional.empty()),
                new Alliance.Member("银行", Alliance.MemberKind.ENTERPRISE, Optional.empty()))));
        Map<Seat, Council.Holder> seats = new EnumMap<>(Seat.class);
        for (Seat seat : Seat.values()) {
            seats.put(seat, new Council.Holder(seat + "单位", "代表"));
        }
        Council council = service.form(street, new CouncilUseCase.FormCouncilCommand(ZONGFU, Optional.empty(), seats));
        Actor nobody = new Actor("u-none", CHENGDU, STREET, Set.of(), Set.of(Privilege.PERSONAL_DATA));
        PageRequest page = PageRequest.first(10);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Map<String, Runnable> reads = new java.util.LinkedHashMap<>();
        reads.put("organisation", () -> service.organisation(nobody, committee.id()));
        reads.put("organisations", () -> service.organisations(nobody, STREET, page));
        reads.put("estates", () -> service.estates(nobody, STREET, page));
        reads.put("member", () -> service.member(nobody, member.id()));
        reads.put("members", () -> service.members(nobody, committee.id(), page));
        reads.put("checkIn", () -> service.checkIn(nobody, member.id()));
        reads.put("services", () -> service.services(nobody, member.id(), page));
        reads.put("modelPosts", () -> service.modelPosts(nobody, committee.id(), page));
        reads.put("alliance", () -> service.alliance(nobody, alliance.id()));
        reads.put("alliances", () -> service.alliances(nobody, STREET, page));
        reads.put("pledges", () -> service.pledges(nobody, alliance.id(), page));
        reads.put("activities", () -> service.activities(nobody, alliance.id(), page));
        reads.put("council", () -> service.council(nobody, council.id()));
        reads.put("councils", () -> service.councils(nobody, ZONGFU, page));
        reads.put("meetings", () -> service.meetings(nobody, council.id(), page));
        reads.put("instructors", () -> service.instructors(nobody, ZONGFU, page));
        reads.put("coverage", () -> service.coverage(nobody, STREET));
        reads.put("uncovered", () -> service.uncovered(nobody, STREET, page));
        reads.put("checkInRate", () -> service.checkInRate(nobody, STREET));
        reads.put("hoursPerMember", () -> service.hoursPerMember(nobody, STREET, from, to, page));
        reads.put("hoursPerCommunity", () -> service.hoursPerCommunity(nobody, STREET, from, to));
        reads.put("idleMembers", () -> service.idleMembers(nobody, STREET, 3, page));
        reads.put("openPledges", () -> service.openPledges(nobody, STREET, page));
        reads.put("unlinkedEstates", () -> service.unlinkedEstates(nobody, STREET, page));
        reads.put("figures", () -> service.figures(nobody, STREET, from, to));
        reads.forEach((name, read) -> assertThatThrownBy(read::run).as("%s without a role", name)
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the caller has none"));
        Actor auditor = actor(STREET, Role.AUDITOR);
        assertThat(service.members(auditor, committee.id(), page).items()).as("any role reads, masked")
                .singleElement().satisfies(m -> assertThat(m.masked()).isTrue());
    }

    @Test
    void instructorsAreTheGridsPostsReadThroughTheGridContextPageByPage() {
        GridCode first = GridCode.of(ZONGFU, 1);
        GridCode second = GridCode.of(ZONGFU, 2);
        java.util.function.Function<GridPost, GridView.MemberView> post = kind -> new GridView.MemberView(
                org.shizhi.domain.grid.model.MemberId.random(), kind, "王**", "138****5678");
        // Three grids of the community, handed out one per page as the grid context pages them; two instructors on the
        // first grid, none on the second, one on the third, beside grid workers.
        List<GridView> community = List.of(
                gridWith(first, post.apply(GridPost.PARTY_INSTRUCTOR), post.apply(GridPost.RESPONSIBLE_WORKER), post.apply(GridPost.PARTY_INSTRUCTOR)),
                gridWith(second, post.apply(GridPost.RESPONSIBLE_WORKER)),
                gridWith(GridCode.of(ZONGFU, 3), post.apply(GridPost.PARTY_INSTRUCTOR)));
        GridQuery paged = new CommunityGrids() {
            @Override
            public GridView grid(Actor actor, GridCode code) {
                return community.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow(() -> new NotFoundException("grid", code));
            }

            @Override
            public Slice<GridView> gridsOfCommunity(Actor actor, AreaCode area, PageRequest page) {
                if (!actor.answersFor(area)) {
                    throw new NotFoundException("community", area);
                }
                List<GridView> after = community.stream().filter(g -> page.after().map(p -> g.code().value().compareTo(p.key()) > 0).orElse(true)).toList();
                return Slice.of(after.subList(0, Math.min(2, after.size())), new PageRequest(page.after(), 1),
                        g -> new org.shizhi.domain.shared.Position(g.code().value(), g.code().value()));
            }
        };
        PartyService party = new PartyService(storage, storage, storage, storage, storage, paged, CLOCK);

        List<InstructorView> all = org.shizhi.domain.shared.KeysetPaging.everyPage(p -> party.instructors(zongfuStaff, ZONGFU, p), 1);
        assertThat(all).as("every instructor of the three grids once, none of the grid workers").hasSize(3)
                .allSatisfy(i -> assertThat(i.member().post()).isEqualTo(GridPost.PARTY_INSTRUCTOR))
                .extracting(InstructorView::grid).containsExactly(first, first, GridCode.of(ZONGFU, 3));
        assertThat(all).extracting(i -> i.member().id().toString()).as("by post id on a grid")
                .startsWith(all.stream().limit(2).map(i -> i.member().id().toString()).sorted().toArray(String[]::new));
        org.shizhi.domain.shared.KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> party.instructors(zongfuStaff, ZONGFU, p),
                i -> i.member().id(), 2);
        assertThatThrownBy(() -> party.instructors(actor(CHUNXI, Role.COMMUNITY_STAFF), ZONGFU, PageRequest.first(5)))
                .as("another community's instructors").isInstanceOf(NotFoundException.class);
    }

    /** The grid context's reads the party context does not use, answered empty. */
    private abstract static class CommunityGrids implements GridQuery {

        @Override
        public Slice<GridView> withoutResponsibleWorker(Actor actor, AreaCode area, PageRequest page) {
            return Slice.empty();
        }

        @Override
        public List<GridRuleViolation> ruleViolations(Actor actor, AreaCode community) {
            return List.of();
        }
    }

    private static GridView gridWith(GridCode code, GridView.MemberView... members) {
        return new GridView(code, GridTier.GENERAL, "网格" + code.value().substring(12), Optional.empty(), Optional.empty(),
                List.of(members), false, new RegisterCounts(0, 0, 0, 0), 1);
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        assertThatThrownBy(() -> service.figures(street, STREET, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
