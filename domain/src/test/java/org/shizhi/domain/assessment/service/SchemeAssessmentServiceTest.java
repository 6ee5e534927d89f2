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
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.SchemeSettings;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase.RunAssessmentCommand;
import org.shizhi.domain.assessment.port.out.InMemoryAssessmentResults;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery;
import org.shizhi.domain.campaign.port.in.CampaignFiguresQuery.CampaignFigures;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.port.in.ConsultationFiguresQuery;
import org.shizhi.domain.dispute.model.DisputeFigures;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.port.in.DisputeFiguresQuery;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.law.model.LawFigures;
import org.shizhi.domain.law.port.in.LawFiguresQuery;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.port.in.PartyFiguresQuery;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
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
            P + "depts.item.summons-lateness", "100, 0.5, 0.0",
            P + "others.name", "街道其他考核", P + "others.units", "STREET", P + "others.cadence", "QUARTERLY",
            P + "others.item.dispute-resolution-rate", "25, 0.5, 0.9",
            P + "others.item.member-check-in-rate", "25, 0.5, 0.9",
            P + "others.item.topics-closed-with-feedback", "25, 0.5, 0.9",
            P + "others.item.disclosure-coverage", "25, 0.5, 0.9",
            P + "closings.name", "街道结案考核", P + "closings.units", "STREET", P + "closings.cadence", "QUARTERLY",
            P + "closings.item.event-on-time-closure-rate", "50, 0.5, 0.95",
            P + "closings.item.event-median-working-days-to-close", "50, 10, 2",
            P + "workers.name", "网格员月度考核", P + "workers.units", "GRID_WORKER", P + "workers.cadence", "MONTHLY",
            P + "workers.item.worker-on-time-resolution", "50, 0.6, 0.95",
            P + "workers.item.worker-satisfaction", "50, 0.6, 0.95"));
    private static final Instant NOW = Instant.parse("2027-01-05T01:00:00Z");

    private final Map<BuiltInIndicator, Map<AreaCode, Reading>> byArea = new EnumMap<>(BuiltInIndicator.class);
    private final Map<BuiltInIndicator, Map<String, Reading>> byWorker = new EnumMap<>(BuiltInIndicator.class);
    private final List<IndicatorTallies.Closings> closing = new ArrayList<>();
    private final Map<AreaCode, long[]> venues = new HashMap<>();
    private final Map<AreaCode, Integer> backlog = new HashMap<>();
    private final InMemoryAssessmentResults results = new InMemoryAssessmentResults();
    private final List<DisputeTally> disputes = new ArrayList<>();
    private final List<PartyReports.Tally> party = new ArrayList<>();
    private final List<ConsultationFigures> consultation = new ArrayList<>();
    /** The periods whose closings the tallies were asked for. */
    private final List<AssessmentPeriod> closingsRead = new ArrayList<>();
    /** The instants the tallies were asked "as of". */
    private final List<Instant> asOf = new ArrayList<>();
    private final Map<String, IndicatorTallies.SummonsAnswers> answers = new java.util.HashMap<>();

    private final IndicatorTallies tallies = new IndicatorTallies() {
        @Override
        public Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                             Instant at) {
            asOf.add(at);
            return byArea.getOrDefault(indicator, Map.of());
        }

        @Override
        public Map<String, Reading> byWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
            return byWorker.getOrDefault(indicator, Map.of());
        }

        @Override
        public List<Closings> closings(AreaCode within, AdminLevel level, AssessmentPeriod period) {
            closingsRead.add(period);
            return closing;
        }

        @Override
        public Map<String, SummonsAnswers> summonsAnswers(AreaCode within, AssessmentPeriod period, Instant at) {
            asOf.add(at);
            return answers;
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

    /** The dispute, party and consultation contexts' ports: every unit's figures at once, the per-area reads unused. */
    private final DisputeFiguresQuery disputeFigures = new DisputeFiguresQuery() {
        @Override
        public DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("read for all units at once");
        }

        @Override
        public List<DisputeTally> tallies(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
            assertThat(List.of(within, level, from, to)).isEqualTo(List.of(DISTRICT, AdminLevel.STREET, Q4.from(), LocalDate.of(2026, 12, 31)));
            return disputes;
        }
    };

    private final PartyFiguresQuery partyFigures = new PartyFiguresQuery() {
        @Override
        public PartyReports.Figures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("read for all units at once");
        }

        @Override
        public List<PartyReports.Tally> tallies(Actor actor, AreaCode within, AdminLevel level) {
            return party;
        }
    };

    private final ConsultationFiguresQuery consultationFigures = new ConsultationFiguresQuery() {
        @Override
        public ConsultationFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException("read for all units at once");
        }

        @Override
        public List<ConsultationFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
            return consultation;
        }
    };

    private final SchemeAssessmentService service = new SchemeAssessmentService(SCHEMES, tallies, results, areas,
            new SchemeAssessmentService.ContextFigures(disputeFigures, partyFigures,
                    new CampaignFiguresQuery() {
                        @Override
                        public CampaignFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                            throw new UnsupportedOperationException("read for all units at once");
                        }

                        @Override
                        public List<CampaignFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from,
                                                                   LocalDate to) {
                            return venues.entrySet().stream().map(e -> CampaignFigures.of(e.getKey(), from, to, 1, e.getValue()[1],
                                    e.getValue()[0], 0, 0, 0)).toList();
                        }
                    },
                    new LawFiguresQuery() {
                        @Override
                        public LawFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                            throw new UnsupportedOperationException("read for all units at once");
                        }

                        @Override
                        public List<LawFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
                            return backlog.entrySet().stream().map(e -> new LawFigures(e.getKey(), from, to, 0, 0, 0, 0, 0, e.getValue()))
                                    .toList();
                        }
                    },
                    consultationFigures), Clock.fixed(NOW, ZoneOffset.UTC));

    private static Actor actor(Role role, AreaCode jurisdiction) {
        return new Actor(role.name().toLowerCase(), CITY, jurisdiction, Set.of(role), Set.of());
    }

    private static final Actor ADMIN = actor(Role.CITY_ADMIN, CITY);

    private static ScoreLine line(RankedUnit unit, BuiltInIndicator indicator) {
        return unit.lines().stream().filter(l -> l.indicator().equals(indicator.id())).findFirst().orElse(null);
    }

    @Test
    void everyStreetOfTheDistrictIsScoredRankedAndStoredWithItsBreakdown() {
        byArea.put(BuiltInIndicator.EVENT_CLOSURE_RATE, Map.of(A, Reading.share(990, 1000), B, Reading.share(1, 1),
                C, Reading.share(60, 100)));
        closing.add(new IndicatorTallies.Closings(A, 2, 3, 3));
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
        assertThat(asOf).as("'due before now' is the service clock's now, passed to the store").isNotEmpty().containsOnly(NOW);
    }

    @Test
    void theOtherContextsFiguresAreReadThroughTheirPortsForEveryUnitAtOnce() {
        disputes.add(new DisputeTally(A, 12, 10, 9, 9, 0));
        party.add(new PartyReports.Tally(A, 40, 36, 8, 8));
        party.add(new PartyReports.Tally(B, 0, 0, 5, 1));
        consultation.add(new ConsultationFigures(A, Q4.from(), LocalDate.of(2026, 12, 31), 6, 5, 1, 3, 3));
        consultation.add(new ConsultationFigures(C, Q4.from(), LocalDate.of(2026, 12, 31), 0, 0, 0, 2, 1));

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("others", Q4, DISTRICT));

        RankedUnit a = result.units().getFirst();
        assertThat(a.unit().key()).isEqualTo(A.toString());
        assertThat(line(a, BuiltInIndicator.DISPUTE_RESOLUTION_RATE)).extracting(ScoreLine::numerator, ScoreLine::denominator)
                .as("agreements of the concluded").containsExactly(9L, 10L);
        assertThat(line(a, BuiltInIndicator.MEMBER_CHECK_IN_RATE).raw()).contains(0.9);
        assertThat(line(a, BuiltInIndicator.TOPICS_CLOSED_WITH_FEEDBACK)).extracting(ScoreLine::numerator, ScoreLine::denominator)
                .containsExactly(5L, 6L);
        assertThat(line(a, BuiltInIndicator.DISCLOSURE_COVERAGE).raw()).contains(1.0);
        RankedUnit b = unit(result, B);
        assertThat(line(b, BuiltInIndicator.MEMBER_CHECK_IN_RATE).counted()).as("no employed member: no value").isFalse();
        assertThat(line(b, BuiltInIndicator.BRANCH_COVERAGE)).as("not an item of this scheme").isNull();
        assertThat(b.coverage()).as("nothing but the check-in item, without a value").isZero();
        RankedUnit c = unit(result, C);
        assertThat(line(c, BuiltInIndicator.DISCLOSURE_COVERAGE)).extracting(ScoreLine::numerator, ScoreLine::denominator)
                .containsExactly(1L, 2L);
        assertThat(c.coverage()).as("one item of four with a value").isEqualTo(0.25);
        assertThat(c.sufficientCoverage()).isFalse();
    }

    private static RankedUnit unit(AssessmentResult result, AreaCode code) {
        return result.units().stream().filter(u -> u.unit().key().equals(code.toString())).findFirst().orElseThrow();
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
    void theMedianIsOfTheEventsNotOfTheirGroups() {
        // As the store counts them: Friday 6 → Monday 9 November, 1 working day; Monday 2 → Friday 6, 4; twice Tuesday 3 →
        // Wednesday 4, 1; the same number of working days may come in several groups.
        closing.add(new IndicatorTallies.Closings(A, 1, 1, 1));
        closing.add(new IndicatorTallies.Closings(A, 4, 1, 0));
        closing.add(new IndicatorTallies.Closings(A, 1, 2, 2));

        ScoreLine median = line(service.run(ADMIN, new RunAssessmentCommand("streets", Q4, DISTRICT)).units().getFirst(),
                BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE);

        assertThat(median.raw()).as("days 1, 1, 1, 4: the median is 1").contains(1.0);
        assertThat(median.numerator()).as("7 working days in all").isEqualTo(7);
        assertThat(median.denominator()).isEqualTo(4);
    }

    @Test
    void oneReadOfThePeriodsClosingsServesTheMedianAndTheOnTimeClosureRate() {
        // 红: two events closed the next working day, both in time; two after 3 working days, one of them late.
        closing.add(new IndicatorTallies.Closings(A, 1, 2, 2));
        closing.add(new IndicatorTallies.Closings(A, 3, 2, 1));

        RankedUnit a = service.run(ADMIN, new RunAssessmentCommand("closings", Q4, DISTRICT)).units().stream()
                .filter(u -> u.unit().key().equals(A.toString())).findFirst().orElseThrow();

        ScoreLine onTime = line(a, BuiltInIndicator.EVENT_ON_TIME_CLOSURE_RATE);
        assertThat(List.of(onTime.numerator(), onTime.denominator())).as("3 of the 4 closed by their deadline").containsExactly(3L, 4L);
        assertThat(line(a, BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE).raw()).as("days 1, 1, 3, 3").contains(2.0);
        assertThat(closingsRead).as("the closings read once for both indicators").containsExactly(Q4);
    }

    @Test
    void departmentsAreAssessedOnTheirAnswersToSummonses() {
        // city-water: 1 of its 10 summonses late (answered after its deadline); city-power: none of 40.
        answers.put("city-water", new IndicatorTallies.SummonsAnswers(10, 10, 10, 9, 0));
        answers.put("city-power", new IndicatorTallies.SummonsAnswers(40, 40, 40, 40, 0));

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("depts", AssessmentPeriod.parse("2026-11"), DISTRICT));

        assertThat(result.units()).extracting(u -> u.unit().key()).containsExactly("city-power", "city-water");
    }

    @Test
    void gridWorkersAreAssessedOnTheEventsTheyHandled() {
        byWorker.put(BuiltInIndicator.WORKER_ON_TIME_RESOLUTION, Map.of("wang.fang", Reading.share(95, 100), "li.na", Reading.share(2, 2)));
        byWorker.put(BuiltInIndicator.WORKER_SATISFACTION, Map.of("wang.fang", Reading.share(80, 90)));

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("workers", AssessmentPeriod.parse("2026-11"), DISTRICT));

        assertThat(result.units()).extracting(u -> u.unit().key()).as("95 of 100 beats 2 of 2; li.na without a verdict")
                .containsExactly("wang.fang", "li.na");
        assertThat(result.units()).extracting(u -> u.unit().subject()).containsOnly(Subject.GRID_WORKER);
        assertThat(line(result.units().get(1), BuiltInIndicator.WORKER_SATISFACTION).counted()).isFalse();
        assertThat(result.units().get(1).coverage()).as("half the weight has a value: enough").isEqualTo(0.5);
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
        assertThat(service.schemes(ADMIN)).extracting(Scheme::id).containsExactly("closings", "depts", "others", "streets", "workers");
        assertThatThrownBy(() -> service.indicators(actor(Role.GRID_WORKER, CITY))).isInstanceOf(AccessDeniedException.class);
    }
}
