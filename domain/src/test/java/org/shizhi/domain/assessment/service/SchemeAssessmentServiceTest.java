package org.shizhi.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.SchemeSettings;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase.RunAssessmentCommand;
import org.shizhi.domain.assessment.port.out.InMemoryAssessmentResults;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery.CampaignFigures;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.OfficialCalendarYears;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.AssessmentPeriod;

class SchemeAssessmentServiceTest {

    private static final AreaCode CITY = AreaCode.of("510100000000");
    private static final AreaCode DISTRICT = AreaCode.of("510104000000");
    private static final AreaCode A = AreaCode.of("510104001000");
    private static final AreaCode B = AreaCode.of("510104002000");
    private static final AreaCode C = AreaCode.of("510104003000");
    private static final AssessmentPeriod Q4 = AssessmentPeriod.parse("2026-Q4");
    private static final String P = SchemeSettings.PREFIX;

    static Map<String, String> keys(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The default scheme as a city without a plugin has it: built-in indicators, weights and targets from the keys. */
    private static final List<Scheme> SCHEMES = SchemeSettings.parse(keys(
            P + "streets.name", "街道季度考核", P + "streets.units", "STREET", P + "streets.cadence", "QUARTERLY",
            P + "streets.item.event-closure-rate", "40, 0.5, 0.95",
            P + "streets.item.event-median-working-days-to-close", "20, 10, 2",
            P + "streets.item.campaign-venue-coverage", "20, 0.0, 0.8",
            P + "streets.item.petition-backlog", "20, 4, 0",
            P + "depts.name", "部门报到", P + "depts.units", "DEPARTMENT", P + "depts.cadence", "MONTHLY",
            P + "depts.item.summons-lateness", "100, 0.5, 0.0"));

    private final Map<BuiltInIndicator, Map<AreaCode, Reading>> byArea = new EnumMap<>(BuiltInIndicator.class);
    private final Map<String, Reading> byDepartment = new HashMap<>();
    private final List<IndicatorTallies.ClosingDays> closing = new ArrayList<>();
    private final Map<AreaCode, long[]> venues = new HashMap<>();
    private final Map<AreaCode, Integer> backlog = new HashMap<>();
    private final InMemoryAssessmentResults results = new InMemoryAssessmentResults();

    private final IndicatorTallies tallies = new IndicatorTallies() {
        @Override
        public Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period) {
            return byArea.getOrDefault(indicator, Map.of());
        }

        @Override
        public Map<String, Reading> byDepartment(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
            return byDepartment;
        }

        @Override
        public List<ClosingDays> closingDays(AreaCode within, AdminLevel level, AssessmentPeriod period) {
            return closing;
        }
    };

    private final AreaQuery areas = new AreaQuery() {
        @Override
        public Area area(Actor actor, AreaCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Area> children(Actor actor, AreaCode parent) {
            if (parent.equals(CITY)) {
                return List.of(new Area(DISTRICT, "武侯区"));
            }
            return parent.equals(DISTRICT) ? List.of(new Area(A, "甲街道"), new Area(B, "乙街道"), new Area(C, "丙街道")) : List.of();
        }
    };

    private final SchemeAssessmentService service = new SchemeAssessmentService(SCHEMES, tallies, results, areas,
            (actor, area, from, to) -> {
                long[] v = venues.getOrDefault(area, new long[] {0, 0});
                return CampaignFigures.of(area, from, to, 1, v[1], v[0], 0, 0, 0);
            },
            (actor, area, from, to) -> new LawFigures(area, from, to, 0, 0, 0, 0, 0, backlog.getOrDefault(area, 0)),
            new HolidayCalendar(OfficialCalendarYears.years2024To2026()),
            Clock.fixed(Instant.parse("2027-01-05T01:00:00Z"), ZoneOffset.UTC));

    private static Actor actor(Role role, AreaCode jurisdiction) {
        return new Actor(role.name().toLowerCase(), CITY, jurisdiction, Set.of(role), Set.of());
    }

    private static final Actor ADMIN = actor(Role.CITY_ADMIN, CITY);

    private static ScoreLine line(RankedUnit unit, BuiltInIndicator indicator) {
        return unit.lines().stream().filter(l -> l.indicator().equals(indicator.id())).findFirst().orElseThrow();
    }

    @Test
    void everyStreetOfTheDistrictIsScoredRankedAndStoredWithItsBreakdown() {
        byArea.put(BuiltInIndicator.EVENT_CLOSURE_RATE, Map.of(A, Reading.share(990, 1000), B, Reading.share(1, 1),
                C, Reading.share(60, 100)));
        closing.add(new IndicatorTallies.ClosingDays(A, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), 3));
        venues.put(A, new long[] {4, 8});
        backlog.put(B, 2);

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("streets", Q4, DISTRICT));

        assertThat(result.version()).isEqualTo(1);
        assertThat(result.ranBy()).isEqualTo("city_admin");
        assertThat(result.units()).extracting(u -> u.unit().name()).as("甲 85.4; 丙 (60 of 100 closed, no backlog) 33.6; 乙 (1 of 1 closed, backlog 2) 16.7")
                .containsExactly("甲街道", "丙街道", "乙街道");
        RankedUnit a = result.units().getFirst();
        ScoreLine closure = line(a, BuiltInIndicator.EVENT_CLOSURE_RATE);
        assertThat(closure.numerator()).isEqualTo(990);
        assertThat(closure.denominator()).isEqualTo(1000);
        assertThat(closure.raw()).contains(0.99);
        assertThat(closure.adjusted()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.9817, within(1e-4)));
        assertThat(closure.points()).as("capped at the weight: 0.98 is beyond the target 0.95").isEqualTo(40.0);
        assertThat(line(a, BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE).raw()).as("Monday to Wednesday").contains(2.0);
        ScoreLine venue = line(a, BuiltInIndicator.CAMPAIGN_VENUE_COVERAGE);
        assertThat(venue.raw()).contains(0.5);
        assertThat(venue.adjusted()).as("4 of 8 adjusted by the Wilson bound").hasValueSatisfying(v ->
                assertThat(v).isCloseTo(0.2152, within(1e-4)));
        assertThat(line(a, BuiltInIndicator.PETITION_BACKLOG).points()).as("no backlog").isEqualTo(20.0);
        assertThat(a.score()).hasValueSatisfying(s -> assertThat(s).isCloseTo(85.38, within(0.01)));
        RankedUnit c = result.units().get(1);
        assertThat(c.lines()).as("a street without a closed event still has every line").hasSize(4);
        assertThat(line(c, BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE).counted()).isFalse();
        assertThat(line(c, BuiltInIndicator.PETITION_BACKLOG).points()).as("no petition, no backlog: a value").isEqualTo(20.0);
        assertThat(c.score()).as("20 + 40 × (0.50202 − 0.5) ÷ 0.45 = 20.18 points of the 60 weights with a value")
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(33.63, within(0.01)));
        assertThat(results.find("streets", DISTRICT, Q4, Optional.empty())).contains(result);
    }

    @Test
    void aReRunIsANewVersionAndTheNextPeriodShowsTheChange() {
        byArea.put(BuiltInIndicator.EVENT_CLOSURE_RATE, Map.of(A, Reading.share(900, 1000), B, Reading.share(950, 1000)));
        AssessmentPeriod q3 = AssessmentPeriod.parse("2026-Q3");
        AssessmentResult before = service.run(ADMIN, new RunAssessmentCommand("streets", q3, DISTRICT));
        assertThat(service.run(ADMIN, new RunAssessmentCommand("streets", q3, DISTRICT)).version()).isEqualTo(2);

        byArea.put(BuiltInIndicator.EVENT_CLOSURE_RATE, Map.of(A, Reading.share(999, 1000), B, Reading.share(600, 1000)));
        AssessmentResult after = service.run(ADMIN, new RunAssessmentCommand("streets", Q4, DISTRICT));

        RankedUnit a = after.units().stream().filter(u -> u.unit().key().equals(A.toString())).findFirst().orElseThrow();
        int rankBefore = before.units().stream().filter(u -> u.unit().key().equals(A.toString())).findFirst().orElseThrow().rank();
        assertThat(a.previousRank()).contains(rankBefore);
        assertThat(a.rankChange()).contains(rankBefore - a.rank());
        assertThat(a.scoreChange()).as("gained since Q3").hasValueSatisfying(d -> assertThat(d).isPositive());
    }

    @Test
    void theMedianCountsWorkingDaysNotCalendarDays() {
        // Friday 6 → Monday 9 November: 1 working day; Monday 2 → Friday 6: 4; twice Tuesday 3 → Wednesday 4: 1.
        closing.add(new IndicatorTallies.ClosingDays(A, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9), 1));
        closing.add(new IndicatorTallies.ClosingDays(A, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), 1));
        closing.add(new IndicatorTallies.ClosingDays(A, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), 2));

        ScoreLine median = line(service.run(ADMIN, new RunAssessmentCommand("streets", Q4, DISTRICT)).units().getFirst(),
                BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE);

        assertThat(median.raw()).as("days 1, 1, 1, 4: the median is 1").contains(1.0);
        assertThat(median.numerator()).as("7 working days in all").isEqualTo(7);
        assertThat(median.denominator()).isEqualTo(4);
    }

    @Test
    void departmentsAreAssessedOnTheirAnswersToSummonses() {
        byDepartment.put("city-water", Reading.share(1, 10));
        byDepartment.put("city-power", Reading.share(0, 40));

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("depts", AssessmentPeriod.parse("2026-11"), DISTRICT));

        assertThat(result.units()).extracting(u -> u.unit().key()).containsExactly("city-power", "city-water");
    }

    @Test
    void aRunIsRefusedWhereItDoesNotBelong() {
        assertThatThrownBy(() -> service.run(actor(Role.AUDITOR, CITY), new RunAssessmentCommand("streets", Q4, DISTRICT)))
                .as("an auditor reads, does not run").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.run(actor(Role.STREET_OFFICER, AreaCode.of("510105001000")),
                new RunAssessmentCommand("streets", Q4, DISTRICT))).as("outside the jurisdiction").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.run(ADMIN, new RunAssessmentCommand("streets", AssessmentPeriod.parse("2026-11"), DISTRICT)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("period"))
                .hasMessageContaining("QUARTERLY");
        assertThatThrownBy(() -> service.run(ADMIN, new RunAssessmentCommand("streets", Q4, A)))
                .as("streets inside a street").isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains("within"));
        assertThatThrownBy(() -> service.run(ADMIN, new RunAssessmentCommand("nope", Q4, DISTRICT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new RunAssessmentCommand("Bad Id", Q4, DISTRICT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("scheme");
        assertThat(results.find("streets", DISTRICT, Q4, Optional.empty())).as("nothing stored").isEmpty();
    }

    @Test
    void readingAResultNeverRunIsNotFoundAndTheCatalogueListsTheBuiltInIndicators() {
        assertThatThrownBy(() -> service.result(ADMIN, "streets", DISTRICT, Q4, Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThat(service.indicators(actor(Role.AUDITOR, CITY))).hasSize(BuiltInIndicator.values().length);
        assertThat(service.schemes(ADMIN)).extracting(Scheme::id).containsExactly("depts", "streets");
        assertThatThrownBy(() -> service.indicators(actor(Role.GRID_WORKER, CITY))).isInstanceOf(AccessDeniedException.class);
    }
}
