package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.PartyApi;
import org.shizhi.client.model.AllianceMember;
import org.shizhi.client.model.AllianceMemberKind;
import org.shizhi.client.model.AlliancePledge;
import org.shizhi.client.model.AlliancePledgePage;
import org.shizhi.client.model.CouncilSeat;
import org.shizhi.client.model.CouncilSeatKind;
import org.shizhi.client.model.Estate;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridMemberAssigned;
import org.shizhi.client.model.GridPost;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.JointActivityRecorded;
import org.shizhi.client.model.NewAlliancePledge;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewEstate;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewGridMember;
import org.shizhi.client.model.NewJointActivity;
import org.shizhi.client.model.NewPartyAlliance;
import org.shizhi.client.model.NewPartyCouncil;
import org.shizhi.client.model.NewPartyCouncilMeeting;
import org.shizhi.client.model.NewPartyMember;
import org.shizhi.client.model.NewPartyModelPost;
import org.shizhi.client.model.NewPartyOrganisation;
import org.shizhi.client.model.NewPartyService;
import org.shizhi.client.model.NewPropertyCompany;
import org.shizhi.client.model.PartyAlliance;
import org.shizhi.client.model.PartyBindings;
import org.shizhi.client.model.PartyCouncil;
import org.shizhi.client.model.PartyCouncilMeeting;
import org.shizhi.client.model.PartyCouncilPage;
import org.shizhi.client.model.PartyInstructorPage;
import org.shizhi.client.model.PartyMember;
import org.shizhi.client.model.PartyModelPost;
import org.shizhi.client.model.PartyModelPostPage;
import org.shizhi.client.model.PartyOrganisation;
import org.shizhi.client.model.PartyOrganisationTier;
import org.shizhi.client.model.PartyServicePage;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.PropertyCompany;
import org.shizhi.client.model.PropertyCompanyOverseer;
import org.shizhi.client.model.RegisterAreasRequest;

/**
 * The party's estates, red property, alliances, councils, model posts and lists through the generated client only, in
 * a street and community of their own (510104240000, 510104240001): a company without an overseeing organisation has
 * its estate listed until it is linked; an alliance's joint activity delivers a pledge once (again: 409 naming
 * `pledgeIds`) and the other stays open; a council of the estate fills its five seats and meets with a quorum (two
 * seats: 400 naming `present`); a branch is rebound to a grid; a model post's holder, the members and the service
 * records are listed, masked without PERSONAL_DATA; a create sent again with its key is given again, not doubled.
 */
class PartyAlliancesAndCouncilsEndToEndTest {

    private static final String COMMUNITY = "510104240001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static Grid grid;
    private static PartyOrganisation committee;

    private static PartyApi as(String role) {
        return new PartyApi(platform.clientAs("510100", COMMUNITY, role));
    }

    private static Problem problem(ApiException e) throws Exception {
        return platform.client().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static String creditCode(int serial) {
        String first17 = "91510104" + String.format("%09d", 240_000_000 + serial);
        return first17 + CheckCharacters.creditCode(first17);
    }

    @BeforeAll
    static void aCommunityWithAGridAndACommittee() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104240000").name("端到端红色物业街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端红色物业社区")), null);
        grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("物业第1网格"), null);
        committee = as("COMMUNITY_STAFF").foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.COMMITTEE)
                .name("端到端物业社区党委").areaCode(COMMUNITY), null);
    }

    @Test
    void redPropertyAnAllianceThatKeepsItsPledgesAndACouncilThatMeets() throws Exception {
        PartyApi staff = as("COMMUNITY_STAFF");
        PartyApi reader = as("GRID_WORKER");
        String code = creditCode(1);
        staff.registerPropertyCompany(new NewPropertyCompany().creditCode(code).name("端到端物业公司"), null);
        Estate estate = staff.registerEstate(new NewEstate().communityCode(COMMUNITY).name("端到端花园").propertyCompanyCreditCode(code), null);
        assertThat(reader.listEstatesWithoutRedProperty(COMMUNITY, null, null).getItems()).as("no organisation oversees the company")
                .singleElement().satisfies(u -> assertThat(u.getEstateId()).isEqualTo(estate.getId()));
        PropertyCompany linked = staff.linkPropertyCompany(code, new PropertyCompanyOverseer().organisationId(committee.getId()));
        assertThat(linked.getOverseenById()).isEqualTo(committee.getId());
        assertThat(reader.listEstatesWithoutRedProperty(COMMUNITY, null, null).getItems()).as("red property: linked").isEmpty();
        assertThat(reader.getPropertyCompany(code).getOverseenById()).isEqualTo(committee.getId());
        assertThat(reader.listEstates(COMMUNITY, null, null).getItems()).extracting(Estate::getId).containsExactly(estate.getId());
        assertThat(reader.getEstate(estate.getId()).getPropertyCompanyCreditCode()).isEqualTo(code);

        PartyAlliance alliance = staff.formPartyAlliance(new NewPartyAlliance().name("端到端共同体").areaCode(COMMUNITY)
                .convenorId(committee.getId()).members(List.of(new AllianceMember().name("端到端小学").kind(AllianceMemberKind.SCHOOL),
                        new AllianceMember().name("端到端银行").kind(AllianceMemberKind.ENTERPRISE))), null);
        AlliancePledge kept = staff.pledgeToAlliance(alliance.getId(), new NewAlliancePledge().memberName("端到端银行")
                .promise("反诈讲座").dueOn(LocalDate.of(2026, 12, 31)), null);
        AlliancePledge open = staff.pledgeToAlliance(alliance.getId(), new NewAlliancePledge().memberName("端到端小学")
                .promise("开放操场").dueOn(LocalDate.of(2026, 11, 30)), null);
        NewJointActivity activity = new NewJointActivity().title("反诈进校园").heldOn(LocalDate.of(2026, 11, 20))
                .participants(List.of("端到端小学", "端到端银行")).pledgeIds(List.of(kept.getId()));
        JointActivityRecorded recorded = staff.recordAllianceActivity(alliance.getId(), activity, null);
        assertThat(recorded.getDelivered()).singleElement().satisfies(p -> assertThat(p.getDelivered()).isTrue());
        ApiException twice = catchThrowableOfType(ApiException.class, () -> staff.recordAllianceActivity(alliance.getId(), activity, null));
        assertThat(twice.getCode()).isEqualTo(409);
        assertThat(problem(twice).getField()).isEqualTo("pledgeIds");
        assertThat(reader.listAllianceActivities(alliance.getId(), null, null).getItems()).as("nothing written by the refusal").hasSize(1);
        assertThat(reader.listOpenPartyPledges(COMMUNITY, null, null).getItems()).as("the school's pledge is still open")
                .singleElement().satisfies(o -> assertThat(o.getPledgeId()).isEqualTo(open.getId()));
        assertThat(reader.listAlliancePledges(alliance.getId(), null, null).getItems()).extracting(AlliancePledge::getDeliveredBy)
                .containsExactly(null, recorded.getActivity().getId());
        assertThat(staff.admitAllianceMember(alliance.getId(), new AllianceMember().name("社区医院").kind(AllianceMemberKind.PUBLIC_INSTITUTION),
                null).getMembers()).hasSize(3);
        assertThat(reader.listPartyAlliances(COMMUNITY, null, null).getItems()).extracting(PartyAlliance::getId).contains(alliance.getId());
        assertThat(reader.getPartyAlliance(alliance.getId()).getMembers()).extracting(AllianceMember::getName)
                .containsExactly("端到端小学", "端到端银行", "社区医院");

        List<CouncilSeat> seats = new ArrayList<>();
        for (CouncilSeatKind seat : CouncilSeatKind.values()) {
            seats.add(new CouncilSeat().seat(seat).organisation(seat == CouncilSeatKind.PROPERTY_COMPANY ? "端到端物业公司" : seat + "单位").person("代表"));
        }
        PartyCouncil council = staff.formPartyCouncil(new NewPartyCouncil().communityCode(COMMUNITY).estateId(estate.getId()).seats(seats), null);
        assertThat(council.getSeats()).hasSize(5);
        ApiException noQuorum = catchThrowableOfType(ApiException.class, () -> staff.recordPartyCouncilMeeting(council.getId(), new NewPartyCouncilMeeting()
                .heldOn(LocalDate.of(2026, 11, 25)).present(List.of(CouncilSeatKind.OWNERS_COMMITTEE, CouncilSeatKind.PROPERTY_COMPANY))
                .topics(List.of("停车")).decisions(List.of("划线")), null));
        assertThat(noQuorum.getCode()).isEqualTo(400);
        assertThat(problem(noQuorum).getField()).isEqualTo("present");
        PartyCouncilMeeting meeting = staff.recordPartyCouncilMeeting(council.getId(), new NewPartyCouncilMeeting().heldOn(LocalDate.of(2026, 11, 25))
                .present(List.of(CouncilSeatKind.COMMUNITY_PARTY_ORGANISATION, CouncilSeatKind.OWNERS_COMMITTEE, CouncilSeatKind.PROPERTY_COMPANY))
                .topics(List.of("停车")).decisions(List.of("月底前划线")), null);
        assertThat(reader.listPartyCouncilMeetings(council.getId(), null, null).getItems()).extracting(PartyCouncilMeeting::getId)
                .containsExactly(meeting.getId());
        assertThat(reader.listPartyCouncils(COMMUNITY, null, null).getItems()).extracting(PartyCouncil::getId).containsExactly(council.getId());
        assertThat(reader.getPartyCouncil(council.getId()).getEstateId()).isEqualTo(estate.getId());
    }

    @Test
    void aBranchReboundToAGridWithAModelPostItsMembersAndTheirServiceMasked() throws Exception {
        PartyApi staff = as("COMMUNITY_STAFF");
        PartyApi reader = as("GRID_WORKER");
        PartyOrganisation branch = staff.foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.BRANCH)
                .name("端到端物业支部").areaCode(COMMUNITY).parentId(committee.getId()), null);
        PartyOrganisation bound = staff.bindPartyOrganisation(branch.getId(), new PartyBindings().gridCodes(List.of(grid.getCode()))
                .estateIds(List.of()));
        assertThat(bound.getGridCodes()).containsExactly(grid.getCode());
        ApiException badGrid = catchThrowableOfType(ApiException.class, () -> staff.bindPartyOrganisation(branch.getId(),
                new PartyBindings().gridCodes(List.of("510104022001001")).estateIds(List.of())));
        assertThat(badGrid.getCode()).isEqualTo(400);
        assertThat(problem(badGrid).getField()).isEqualTo("gridCodes");

        String first17 = "51010419860606" + "011";
        NewPartyMember newMember = new NewPartyMember().name("赵示范").idNumber(first17 + CheckCharacters.idNumber(first17))
                .employed(false).joinedOn(LocalDate.of(2008, 7, 1));
        ApiResponse<PartyMember> enrolled = staff.enrolPartyMemberWithHttpInfo(branch.getId(), newMember, "e2e-party-enrol");
        ApiResponse<PartyMember> again = staff.enrolPartyMemberWithHttpInfo(branch.getId(), newMember, "e2e-party-enrol");
        assertThat(again.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(again.getData().getId()).as("given again, not enrolled twice").isEqualTo(enrolled.getData().getId());
        PartyMember member = enrolled.getData();

        PartyModelPost post = staff.appointPartyModelPost(branch.getId(), new NewPartyModelPost().title("党员示范岗·物业窗口")
                .holderId(member.getId()).since(LocalDate.of(2026, 7, 1)), null);
        assertThat(post.getHolderName()).as("masked without PERSONAL_DATA").isEqualTo("赵**");
        assertThat(reader.listPartyModelPosts(branch.getId(), null, null, null).getItems()).extracting(PartyModelPost::getId).containsExactly(post.getId());
        assertThat(reader.listPartyMembers(branch.getId(), null, null, null).getItems()).singleElement()
                .satisfies(m -> assertThat(m.getMasked()).isTrue());

        staff.recordPartyService(member.getId(), new NewPartyService().communityCode(COMMUNITY).activity("物业协调")
                .servedOn(LocalDate.of(2026, 10, 1)).hours(java.math.BigDecimal.ONE).beneficiaries(3), null);
        staff.recordPartyService(member.getId(), new NewPartyService().communityCode(COMMUNITY).activity("楼道清理")
                .servedOn(LocalDate.of(2026, 11, 1)).hours(java.math.BigDecimal.valueOf(2)).beneficiaries(8), null);
        PartyServicePage first = reader.listPartyServices(member.getId(), null, 1);
        assertThat(first.getItems()).singleElement().satisfies(s -> assertThat(s.getActivity()).as("newest first").isEqualTo("楼道清理"));
        PartyServicePage second = reader.listPartyServices(member.getId(), first.getNextCursor(), 1);
        assertThat(second.getItems()).singleElement().satisfies(s -> assertThat(s.getActivity()).isEqualTo("物业协调"));
        assertThat(second.getNextCursor()).as("the last page").isNull();
    }

    @Test
    void instructorsOnTheGridsAndTheListsOfPostsPledgesAndCouncilsComePageByPage() throws Exception {
        String community = "510104240002";
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code(community).name("端到端指导员社区")), null);
        GridsApi gridStaff = new GridsApi(platform.clientAs("510100", community, "COMMUNITY_STAFF"));
        GridsApi admin = new GridsApi(platform.client());
        Grid first = admin.createGrid(new NewGrid().community(community).tier(GridTier.GENERAL).name("指导员第1网格"), null);
        Grid second = admin.createGrid(new NewGrid().community(community).tier(GridTier.GENERAL).name("指导员第2网格"), null);
        GridMemberAssigned instructor = gridStaff.assignGridMember(first.getCode(), "\"" + first.getVersion() + "\"",
                new NewGridMember().post(GridPost.PARTY_INSTRUCTOR).name("钱指导").contact("13812340001"), null);
        UUID one = instructor.getMemberId();
        gridStaff.assignGridMember(first.getCode(), "\"" + instructor.getVersion() + "\"", new NewGridMember().post(GridPost.RESPONSIBLE_WORKER)
                .name("孙网格").contact("13812340002"), null);
        UUID two = gridStaff.assignGridMember(second.getCode(), "\"" + second.getVersion() + "\"", new NewGridMember()
                .post(GridPost.PARTY_INSTRUCTOR).name("李指导").contact("13812340003"), null).getMemberId();

        PartyApi reader = new PartyApi(platform.clientAs("510100", community, "GRID_WORKER"));
        PartyInstructorPage page1 = reader.listPartyInstructors(community, null, 1, null);
        assertThat(page1.getItems()).singleElement().satisfies(i -> {
            assertThat(i.getGridCode()).as("by grid code").isEqualTo(first.getCode());
            assertThat(i.getMember().getId()).isEqualTo(one);
            assertThat(i.getMember().getName()).as("masked without PERSONAL_DATA").isEqualTo("钱**");
        });
        PartyInstructorPage page2 = reader.listPartyInstructors(community, page1.getNextCursor(), 1, null);
        assertThat(page2.getItems()).singleElement().satisfies(i -> assertThat(i.getMember().getId()).isEqualTo(two));
        assertThat(page2.getNextCursor()).as("the grid worker is no instructor: two in all").isNull();
        PartyApi clear = new PartyApi(platform.clientAs("510100", community, "COMMUNITY_STAFF", "PERSONAL_DATA"));
        assertThat(clear.listPartyInstructors(community, null, null, "e2e-instructors").getItems())
                .extracting(i -> i.getMember().getName()).containsExactly("钱指导", "李指导");
        ApiException elsewhere = catchThrowableOfType(ApiException.class, () -> reader.listPartyInstructors(COMMUNITY, null, null, null));
        assertThat(elsewhere.getCode()).as("another community is outside the reader's jurisdiction").isEqualTo(404);

        // Model posts, pledges and councils: pages of one, each item once.
        PartyApi staff = new PartyApi(platform.clientAs("510100", community, "COMMUNITY_STAFF"));
        PartyOrganisation branch = staff.foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.COMMITTEE)
                .name("端到端指导员社区党委").areaCode(community), null);
        String first17 = "51010419870707" + "021";
        PartyMember member = staff.enrolPartyMember(branch.getId(), new NewPartyMember().name("周先锋")
                .idNumber(first17 + CheckCharacters.idNumber(first17)).employed(true).joinedOn(LocalDate.of(2010, 7, 1)), null);
        for (String title : List.of("便民岗", "先锋岗")) {
            staff.appointPartyModelPost(branch.getId(), new NewPartyModelPost().title(title).holderId(member.getId())
                    .since(LocalDate.of(2026, 7, 1)), null);
        }
        PartyModelPostPage posts = reader.listPartyModelPosts(branch.getId(), null, 1, null);
        assertThat(posts.getNextCursor()).isNotNull();
        assertThat(reader.listPartyModelPosts(branch.getId(), posts.getNextCursor(), 1, null).getItems()).extracting(PartyModelPost::getTitle)
                .doesNotContainAnyElementsOf(posts.getItems().stream().map(PartyModelPost::getTitle).toList()).hasSize(1);

        PartyAlliance alliance = staff.formPartyAlliance(new NewPartyAlliance().name("指导员共同体").areaCode(community)
                .convenorId(branch.getId()).members(List.of(new AllianceMember().name("甲校").kind(AllianceMemberKind.SCHOOL),
                        new AllianceMember().name("乙行").kind(AllianceMemberKind.ENTERPRISE))), null);
        for (int day = 1; day <= 3; day++) {
            staff.pledgeToAlliance(alliance.getId(), new NewAlliancePledge().memberName("甲校").promise("讲座" + day)
                    .dueOn(LocalDate.of(2026, 12, day)), null);
        }
        AlliancePledgePage pledges = reader.listAlliancePledges(alliance.getId(), null, 2);
        assertThat(pledges.getItems()).extracting(AlliancePledge::getPromise).as("by due date").containsExactly("讲座1", "讲座2");
        assertThat(reader.listAlliancePledges(alliance.getId(), pledges.getNextCursor(), 2).getItems()).extracting(AlliancePledge::getPromise)
                .containsExactly("讲座3");

        List<CouncilSeat> seats = new ArrayList<>();
        for (CouncilSeatKind seat : CouncilSeatKind.values()) {
            seats.add(new CouncilSeat().seat(seat).organisation(seat + "单位").person("代表"));
        }
        PartyCouncil own = staff.formPartyCouncil(new NewPartyCouncil().communityCode(community).seats(seats), null);
        Estate estate = staff.registerEstate(new NewEstate().communityCode(community).name("指导员花园"), null);
        PartyCouncil ofEstate = staff.formPartyCouncil(new NewPartyCouncil().communityCode(community).estateId(estate.getId()).seats(seats), null);
        PartyCouncilPage councils = reader.listPartyCouncils(community, null, 1);
        assertThat(councils.getItems()).extracting(PartyCouncil::getId).as("the community's own first").containsExactly(own.getId());
        assertThat(reader.listPartyCouncils(community, councils.getNextCursor(), 1).getItems()).extracting(PartyCouncil::getId)
                .containsExactly(ofEstate.getId());
        ApiException foreignCursor = catchThrowableOfType(ApiException.class, () -> reader.listPartyCouncils(community, pledges.getNextCursor(), 1));
        assertThat(foreignCursor.getCode()).isEqualTo(400);
        assertThat(problem(foreignCursor).getField()).isEqualTo("cursor");
    }
}
