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
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.port.out.InMemoryPartyStorage;
import org.shizhi.domain.party.service.PartyService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
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
        assertThat(loaded.councils()).as("a council in three communities of each city").isEqualTo(6);
    }

    @Test
    void aSampleCommunityHasItsCouncilWithMeetings() {
        for (AreaCode city : GridDemoDataTest.CITIES) {
            Actor actor = Actor.system(city);
            AreaCode community = service.organisations(actor, city, PageRequest.first(500)).items().stream()
                    .filter(o -> o.area().level() == org.shizhi.domain.shared.AdminLevel.COMMUNITY).findFirst().orElseThrow().area();
            assertThat(service.councils(actor, community)).singleElement()
                    .satisfies(c -> assertThat(service.meetings(actor, c.id(), PageRequest.first(5)).items()).hasSize(2));
        }
    }
}
