package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.PartyApi;
import org.shizhi.client.model.Grid;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.MemberHours;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewCheckIn;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewPartyMember;
import org.shizhi.client.model.NewPartyOrganisation;
import org.shizhi.client.model.NewPartyService;
import org.shizhi.client.model.PartyCoverage;
import org.shizhi.client.model.PartyFigures;
import org.shizhi.client.model.PartyMember;
import org.shizhi.client.model.PartyOrganisation;
import org.shizhi.client.model.PartyOrganisationTier;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RegisterAreasRequest;

/**
 * The party context through the generated client only: a city admin registers a street and community of its own
 * (510104230000, 510104230001) with two grids; the community's staff found its committee and a branch on one grid,
 * enrol an employed member, check them in and record their service; the reports show half the grids covered, the
 * check-in, the hours (the name masked) and the figures. An invalid ID number is a problem naming the field.
 */
class PartyEndToEndTest {

    private static final String COMMUNITY = "510104230001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static Grid first;

    @BeforeAll
    static void aCommunityWithTwoGrids() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104230000").name("端到端党建街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端党建社区")), null);
        GridsApi grids = new GridsApi(platform.client());
        first = grids.createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("党建第1网格"), null);
        grids.createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL).name("党建第2网格"), null);
    }

    private static PartyApi as(String role) {
        return new PartyApi(platform.clientAs("510100", COMMUNITY, role));
    }

    private static String idNumber(int serial) {
        String first17 = "51010419850505" + String.format("%03d", serial);
        return first17 + CheckCharacters.idNumber(first17);
    }

    @Test
    void aBranchOnAGridAMemberWhoChecksInAndServesAndTheReports() throws Exception {
        PartyApi staff = as("COMMUNITY_STAFF");
        PartyApi reader = as("GRID_WORKER");
        PartyOrganisation committee = staff.foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.COMMITTEE)
                .name("端到端社区党委").areaCode(COMMUNITY), null);
        PartyOrganisation branch = staff.foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.BRANCH)
                .name("第1网格党支部").areaCode(COMMUNITY).parentId(committee.getId()).gridCodes(List.of(first.getCode())), null);
        assertThat(reader.getPartyOrganisation(branch.getId()).getGridCodes()).containsExactly(first.getCode());

        PartyMember member = staff.enrolPartyMember(committee.getId(), new NewPartyMember().name("林志强").idNumber(idNumber(7))
                .mobile("13612345678").employed(true).joinedOn(LocalDate.of(2010, 7, 1)), null);
        assertThat(member.getMasked()).as("the staff holds no PERSONAL_DATA").isTrue();
        staff.checkInPartyMember(member.getId(), new NewCheckIn().communityCode(COMMUNITY).checkedInOn(LocalDate.of(2026, 2, 1))
                .pledgedService("周末义务巡逻"));
        staff.recordPartyService(member.getId(), new NewPartyService().communityCode(COMMUNITY).activity("义务巡逻")
                .servedOn(LocalDate.of(2026, 2, 14)).hours(new BigDecimal("3.5")).beneficiaries(20), null);
        assertThat(reader.getPartyMember(member.getId(), null).getCheckIn().getCommunityCode()).isEqualTo(COMMUNITY);

        PartyCoverage coverage = reader.getPartyCoverage(COMMUNITY);
        assertThat(coverage.getRows()).singleElement().satisfies(r -> {
            assertThat(r.getGrids()).as("two grids").isEqualTo(2);
            assertThat(r.getCoveredGrids()).as("one with a branch").isEqualTo(1);
        });
        assertThat(reader.listPartyUncoveredPlaces(COMMUNITY, null, null).getItems()).as("the second grid lacks a branch")
                .singleElement().satisfies(u -> assertThat(u.getName()).isEqualTo("党建第2网格"));
        assertThat(reader.getPartyCheckInRate(COMMUNITY).getRate()).isEqualTo(1.0);
        List<MemberHours> hours = reader.listPartyMemberHours(COMMUNITY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null)
                .getItems();
        assertThat(hours).singleElement().satisfies(h -> {
            assertThat(h.getHours()).isEqualByComparingTo("3.5");
            assertThat(h.getName()).isEqualTo("林**");
        });
        assertThat(reader.listPartyCommunityHours(COMMUNITY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).getItems())
                .as("hours per community").singleElement().satisfies(h -> {
                    assertThat(h.getCommunityCode()).isEqualTo(COMMUNITY);
                    assertThat(h.getHours()).isEqualByComparingTo("3.5");
                    assertThat(h.getMembers()).isEqualTo(1);
                });
        // The one service was on 14 February 2026: idle for the last three months, not for the last sixty.
        assertThat(reader.listIdlePartyMembers(COMMUNITY, 3, null, null, null).getItems()).as("idle for three months")
                .singleElement().satisfies(i -> {
                    assertThat(i.getMemberId()).isEqualTo(member.getId());
                    assertThat(i.getLastServiceOn()).isEqualTo(LocalDate.of(2026, 2, 14));
                    assertThat(i.getName()).isEqualTo("林**");
                });
        assertThat(reader.listIdlePartyMembers(COMMUNITY, 60, null, null, null).getItems()).as("served in the last sixty").isEmpty();
        assertThat(reader.listPartyOrganisations(COMMUNITY, null, null).getItems()).extracting(PartyOrganisation::getId)
                .as("the community's tree").containsExactlyInAnyOrder(committee.getId(), branch.getId());
        PartyFigures figures = reader.getPartyFigures(COMMUNITY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(figures.getBranchCoverage()).isEqualTo(0.5);
        assertThat(figures.getServiceHours()).isEqualByComparingTo("3.5");
        assertThat(figures.getPledgesKeptRate()).as("no pledge due: no rate").isNull();
    }

    @Test
    void anInvalidIdNumberIsAProblemNamingTheField() throws Exception {
        PartyApi staff = as("COMMUNITY_STAFF");
        PartyOrganisation committee = staff.foundPartyOrganisation(new NewPartyOrganisation().tier(PartyOrganisationTier.COMMITTEE)
                .name("端到端第二党委").areaCode(COMMUNITY), null);
        ApiException refused = catchThrowableOfType(ApiException.class, () -> staff.enrolPartyMember(committee.getId(),
                new NewPartyMember().name("林志强").idNumber("510104198505050070").employed(true).joinedOn(LocalDate.of(2010, 7, 1)), null));
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getField()).isEqualTo("idNumber");
    }
}
