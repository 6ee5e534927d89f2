package org.shizhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.port.in.InstructorView;
import org.shizhi.domain.party.port.in.MemberView;
import org.shizhi.domain.party.port.out.InMemoryPartyStorage;
import org.shizhi.domain.party.service.PartyService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The party demo data loaded after the grid demo into in-memory storage through the real service: in both cities
 * every report has something to show, and every gap the reports exist for is there too.
 */
class PartyDemoDataTest {

    private static PartyService service;
    private static DemoParty.Loaded loaded;
    private static final LocalDate TODAY = WorkingTime.dateOf(GridDemoDataTest.NOW);

    @BeforeAll
    static void load() {
        DemoWorld world = new DemoWorld();
        GridDemoData.load(world.services(), new SplittableRandom(GridDemoData.DEFAULT_SEED), GridDemoDataTest.NOW);
        Map<GridCode, String> grids = new HashMap<>();
        for (DemoAreas.Community community : DemoAreas.communities()) {
            for (Grid grid : world.grids.ofCommunity(community.code())) {
                grids.put(grid.code(), grid.name());
            }
        }
        InMemoryPartyStorage storage = new InMemoryPartyStorage(grids);
        service = new PartyService(storage, storage, storage, storage, storage, world.gridService,
                Clock.fixed(GridDemoDataTest.NOW, ZoneOffset.UTC));
        loaded = DemoParty.load(new DemoParty.Services(service, service, service, service, world.gridService), DemoData.areas(),
                new SplittableRandom(DemoParty.SEED), GridDemoDataTest.NOW);
        System.out.println(loaded);
    }

    @Test
    void everyReportIsNonTrivialInBothCities() {
        for (AreaCode city : GridDemoDataTest.CITIES) {
            Actor actor = Actor.system(city);
            List<PartyReports.Coverage> coverage = service.coverage(actor, city);
            int grids = coverage.stream().mapToInt(PartyReports.Coverage::grids).sum();
            int covered = coverage.stream().mapToInt(PartyReports.Coverage::coveredGrids).sum();
            assertThat(covered).as("branches on most grids of %s", city).isGreaterThan(grids / 2).isLessThan(grids);
            assertThat(service.uncovered(actor, city, PageRequest.first(500)).items()).as("grids without a branch in %s", city)
                    .isNotEmpty();
            PartyReports.CheckInRate rate = service.checkInRate(actor, city);
            assertThat(rate.rate()).as("check-in rate of %s", city).hasValueSatisfying(r -> assertThat(r).isBetween(0.4, 0.95));
            assertThat(service.hoursPerMember(actor, city, TODAY.minusYears(1), TODAY, PageRequest.first(10)).items())
                    .as("service hours per member in %s", city).hasSize(10);
            assertThat(service.hoursPerCommunity(actor, city, TODAY.minusYears(1), TODAY)).as("hours per community in %s", city)
                    .hasSizeGreaterThan(3).allSatisfy(h -> assertThat(h.hours()).isGreaterThan(BigDecimal.ZERO));
            assertThat(service.idleMembers(actor, city, 3, PageRequest.first(500)).items()).as("members idle for 3 months in %s", city)
                    .isNotEmpty();
            List<PartyReports.OpenPledge> open = service.openPledges(actor, city, PageRequest.first(50)).items();
            assertThat(open).as("open pledges in %s", city).anyMatch(PartyReports.OpenPledge::overdue)
                    .anyMatch(o -> !o.overdue());
            assertThat(service.unlinkedEstates(actor, city, PageRequest.first(500)).items()).as("estates without red property in %s", city)
                    .isNotEmpty();
            PartyReports.Figures figures = service.figures(actor, city, TODAY.minusYears(1), TODAY);
            assertThat(figures.pledgesKeptRate()).as("some pledges due this year were kept in %s, not all", city)
                    .hasValueSatisfying(r -> assertThat(r).isStrictlyBetween(0.0, 1.0));
            assertThat(figures.serviceHours()).isPositive();
        }
        assertThat(loaded.councils()).as("a council in every community, and one estate's in each city")
                .isEqualTo(DemoAreas.communities().size() + GridDemoDataTest.CITIES.size());
    }

    @Test
    void everySampleCommunityHasItsCouncilWithMeetings() {
        for (DemoAreas.Community community : DemoAreas.communities()) {
            Actor actor = Actor.system(community.city());
            List<Council> councils = service.councils(actor, community.code(), PageRequest.first(10)).items();
            assertThat(councils).as("the councils of %s", community.name()).isNotEmpty()
                    .first().satisfies(c -> assertThat(c.estate()).as("the community's own first").isEmpty());
            assertThat(councils).allSatisfy(c -> assertThat(service.meetings(actor, c.id(), PageRequest.first(5)).items())
                    .as("the meetings of a council of %s", community.name()).hasSize(2)
                    .allSatisfy(m -> assertThat(m.topics()).isNotEmpty()));
        }
    }

    @Test
    void thePartysListsHaveSomethingToShowInBothCities() {
        for (AreaCode city : GridDemoDataTest.CITIES) {
            Actor actor = Actor.system(city);
            List<PartyOrganisation> organisations = KeysetPaging.everyPage(p -> service.organisations(actor, city, p), PageRequest.MAX_LIMIT);
            assertThat(organisations).extracting(PartyOrganisation::tier).as("the tree of %s", city)
                    .contains(OrganisationTier.COMMITTEE, OrganisationTier.BRANCH, OrganisationTier.GROUP);
            List<ModelPost> posts = organisations.stream()
                    .flatMap(o -> service.modelPosts(actor, o.id(), PageRequest.first(10)).items().stream()).toList();
            assertThat(posts).as("model posts (党员示范岗) of %s", city).isNotEmpty()
                    .allSatisfy(p -> assertThat(service.member(actor, p.holder()).organisation()).as("held by a member of the organisation")
                            .isEqualTo(p.organisation()));
            MemberView serving = organisations.stream().flatMap(o -> service.members(actor, o.id(), PageRequest.first(10)).items().stream())
                    .filter(m -> !service.services(actor, m.id(), PageRequest.first(1)).items().isEmpty()).findFirst().orElseThrow();
            assertThat(service.services(actor, serving.id(), PageRequest.first(10)).items()).as("service records of a member of %s", city)
                    .allSatisfy(r -> assertThat(r.hours()).isPositive());

            List<Estate> estates = KeysetPaging.everyPage(p -> service.estates(actor, city, p), PageRequest.MAX_LIMIT);
            assertThat(estates).as("estates with their property companies in %s", city).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.propertyCompany()).isPresent());
            assertThat(estates.stream().map(e -> service.company(actor, e.propertyCompany().orElseThrow()).overseenBy().isPresent()).distinct())
                    .as("red property: some companies overseen by a party organisation, some not").containsExactlyInAnyOrder(true, false);

            Alliance alliance = service.alliances(actor, city, PageRequest.first(10)).items().stream().findFirst().orElseThrow();
            assertThat(alliance.members()).as("the alliance's member organisations in %s", city).hasSizeGreaterThan(2)
                    .extracting(Alliance.Member::kind).contains(Alliance.MemberKind.SCHOOL, Alliance.MemberKind.ENTERPRISE);
            List<Pledge> pledges = KeysetPaging.everyPage(p -> service.pledges(actor, alliance.id(), p), 2);
            assertThat(pledges).as("pledges of the alliance in %s, delivered and not", city).anyMatch(Pledge::delivered)
                    .anyMatch(p -> !p.delivered());
            assertThat(service.activities(actor, alliance.id(), PageRequest.first(10)).items()).as("joint activities in %s", city)
                    .hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.delivers()).isNotEmpty());

            AreaCode community = DemoAreas.communities().stream().filter(c -> c.city().equals(city)).findFirst().orElseThrow().code();
            assertThat(service.councils(actor, community, PageRequest.first(10)).items()).as("the first community's council and its estate's")
                    .hasSize(2);
            List<InstructorView> instructors = DemoAreas.communities().stream().filter(c -> c.city().equals(city))
                    .flatMap(c -> service.instructors(actor, c.code(), PageRequest.first(50)).items().stream()).toList();
            assertThat(instructors).as("party instructors on the grids of %s", city).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.member().post()).isEqualTo(GridPost.PARTY_INSTRUCTOR));
        }
    }
}
