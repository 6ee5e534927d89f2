package org.shizhi.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.SchemeSettings;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.in.RunAssessmentUseCase.RunAssessmentCommand;
import org.shizhi.domain.assessment.port.out.CityMeasures;
import org.shizhi.domain.assessment.port.out.InMemoryAssessmentResults;
import org.shizhi.domain.assessment.port.out.IndicatorTallies;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.TrainingQuery;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;

/**
 * The people's schemes (departments on their answers to summonses; grid workers on visits and training, read through
 * the programme and grid contexts' ports) and a city plugin's SPI scheme run as a scheme of its city, each scored against
 * a value worked out by hand.
 */
class PeopleAndPluginSchemesTest {

    private static final AreaCode CITY = AreaCode.of("510100000000");
    private static final AreaCode DISTRICT = AreaCode.of("510104000000");
    private static final AreaCode A = AreaCode.of("510104001000");
    private static final AreaCode B = AreaCode.of("510104002000");
    private static final AreaCode A1 = AreaCode.of("510104001001");
    private static final AreaCode A2 = AreaCode.of("510104001002");
    private static final Actor ADMIN = new Actor("admin", CITY, CITY, Set.of(Role.CITY_ADMIN), Set.of());
    private static final AssessmentPeriod NOVEMBER = AssessmentPeriod.parse("2026-11");
    private static final String P = SchemeSettings.PREFIX;

    private static final List<Scheme> SCHEMES = SchemeSettings.parse(SchemeAssessmentServiceTest.keys(
            P + "depts.name", "部门报到", P + "depts.units", "DEPARTMENT", P + "depts.cadence", "MONTHLY",
            P + "depts.item.summons-answer-rate", "40, 0.5, 1.0",
            P + "depts.item.summons-on-time-answer-rate", "30, 0.0, 1.0",
            P + "depts.item.summons-arrival-rate", "30, 0.0, 1.0",
            P + "workers.name", "网格员月度考核", P + "workers.units", "GRID_WORKER", P + "workers.cadence", "MONTHLY",
            P + "workers.item.worker-events-found", "20, 0, 10",
            P + "workers.item.worker-visits", "40, 0, 4",
            P + "workers.item.worker-training-hours", "40, 0, 4"));

    private final Map<String, IndicatorTallies.SummonsAnswers> answers = new HashMap<>();
    private final Map<String, Reading> found = new HashMap<>();
    private final Map<MemberId, Long> visits = new HashMap<>();
    private final Map<MemberId, Long> training = new HashMap<>();
    private int answerReads;
    private boolean answersMissing;
    /** The periods the plugin's indicator was evaluated over, by area. */
    private final List<String> evaluated = new ArrayList<>();

    private final IndicatorTallies tallies = new IndicatorTallies() {
        @Override
        public Map<AreaCode, Reading> byArea(BuiltInIndicator indicator, AreaCode within, AdminLevel level, AssessmentPeriod period,
                                             Instant asOf) {
            throw new UnsupportedOperationException("no area indicator here");
        }

        @Override
        public Map<String, Reading> byWorker(BuiltInIndicator indicator, AreaCode within, AssessmentPeriod period) {
            assertThat(indicator).isEqualTo(BuiltInIndicator.WORKER_EVENTS_FOUND);
            return found;
        }

        @Override
        public Map<String, SummonsAnswers> summonsAnswers(AreaCode within, AssessmentPeriod period, Instant asOf) {
            answerReads++;
            if (answersMissing) {
                throw new org.shizhi.domain.shared.MissingReferenceDataException("no calendar for 2025");
            }
            return answers;
        }

        @Override
        public List<IndicatorTallies.Closings> closings(AreaCode within, AdminLevel level, AssessmentPeriod period) {
            throw new UnsupportedOperationException();
        }
    };

    private final AreaQuery areas = new AreaQuery() {
        @Override
        public Area area(Actor actor, AreaCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Area> children(Actor actor, AreaCode parent) {
            return parent.equals(DISTRICT) ? List.of(new Area(A, "甲街道"), new Area(B, "乙街道"))
                    : parent.equals(A) ? List.of(new Area(A1, "甲一社区"), new Area(A2, "甲二社区")) : List.of();
        }
    };

    private final TrainingQuery trainingQuery = new TrainingQuery() {
        @Override
        public TrainingAttendance training(Actor actor, TrainingAttendance.Id id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Slice<TrainingAttendance> trainings(Actor actor, GridCode grid, MemberId worker, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<MemberId, Long> trainingTenthsByWorker(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
            assertThat(List.of(from, to)).as("the month's days").isEqualTo(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
            return training;
        }
    };

    /** Chengdu's plugin as the test has it: one indicator, 1 of 2 in 甲 and 2 of 2 in 乙, used monthly and half-yearly. */
    private final CityMeasures measures = new CityMeasures() {
        @Override
        public List<Indicator> indicators(AreaCode area) {
            return List.of(new Indicator() {
                @Override
                public String id() {
                    return "test.closed";
                }

                @Override
                public String name() {
                    return "办结率";
                }

                @Override
                public IndicatorValue evaluate(AreaCode unit, AssessmentPeriod period, org.shizhi.domain.spi.AssessmentReads reads) {
                    evaluated.add(unit + " " + period);
                    return new IndicatorValue(id(), unit, period, unit.equals(A) ? 1 : 2, 2, "");
                }
            });
        }

        @Override
        public List<AssessmentScheme> assessmentSchemes(AreaCode area) {
            return List.of(new AssessmentScheme("test.cadence", "推进机制", "", List.of(
                    new AssessmentScheme.Item("一月一调度", AssessmentPeriod.Cadence.MONTHLY, "test.closed", 60),
                    new AssessmentScheme.Item("半年一拉练", AssessmentPeriod.Cadence.HALF_YEARLY, "test.closed", 40))),
                    new AssessmentScheme("test.communities", "社区推进", "", List.of(
                            new AssessmentScheme.Item("一月一调度", AssessmentPeriod.Cadence.MONTHLY, "test.closed", 100)),
                            AssessmentScheme.Units.COMMUNITY),
                    new AssessmentScheme("test.workers", "网格员之星", "", List.of(
                            new AssessmentScheme.Item("发现上报", AssessmentPeriod.Cadence.MONTHLY, "worker-events-found", 50, 0, 10),
                            new AssessmentScheme.Item("入户走访", AssessmentPeriod.Cadence.MONTHLY, "worker-visits", 50, 0, 4)),
                            AssessmentScheme.Units.GRID_WORKER));
        }
    };

    private final SchemeAssessmentService service = new SchemeAssessmentService(SCHEMES, tallies, new InMemoryAssessmentResults(), areas,
            unusedFigures(), new SchemeAssessmentService.PeopleFigures((actor, area, from, to) -> visits,
            trainingQuery), new PluginSchemes(measures, null, Map.of()), Clock.fixed(Instant.parse("2027-01-05T01:00:00Z"), ZoneOffset.UTC));

    /** The area contexts' figures, which none of these schemes reads. */
    private static SchemeAssessmentService.ContextFigures unusedFigures() {
        return new SchemeAssessmentService.ContextFigures(new org.shizhi.domain.dispute.port.in.DisputeFiguresQuery() {
            @Override
            public org.shizhi.domain.dispute.model.DisputeFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.shizhi.domain.dispute.model.DisputeTally> tallies(Actor actor, AreaCode within, AdminLevel level, LocalDate from,
                                                                              LocalDate to) {
                throw new UnsupportedOperationException();
            }
        }, new org.shizhi.domain.party.port.in.PartyFiguresQuery() {
            @Override
            public org.shizhi.domain.party.model.PartyReports.Figures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.shizhi.domain.party.model.PartyReports.Tally> tallies(Actor actor, AreaCode within, AdminLevel level) {
                throw new UnsupportedOperationException();
            }
        }, new org.shizhi.domain.campaign.port.in.CampaignFiguresQuery() {
            @Override
            public org.shizhi.domain.campaign.port.in.CampaignFiguresQuery.CampaignFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.shizhi.domain.campaign.port.in.CampaignFiguresQuery.CampaignFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level,
                                                                                       LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }
        }, new org.shizhi.domain.law.port.in.LawFiguresQuery() {
            @Override
            public org.shizhi.domain.law.model.LawFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.shizhi.domain.law.model.LawFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level,
                                                                             LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }
        }, new org.shizhi.domain.consultation.port.in.ConsultationFiguresQuery() {
            @Override
            public org.shizhi.domain.consultation.model.ConsultationFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.shizhi.domain.consultation.model.ConsultationFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level,
                                                                                               LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private static ScoreLine line(RankedUnit unit, String indicator) {
        return unit.lines().stream().filter(l -> l.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private static RankedUnit unit(AssessmentResult result, String key) {
        return result.units().stream().filter(u -> u.unit().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void departmentsAreScoredOnTheirAnswersReadOnceForTheThreeItems() {
        // housing: 3 due, 1 answered, in time, on the scene; fire: 2 due, both answered, 1 in time, 1 on the scene.
        answers.put("housing", new IndicatorTallies.SummonsAnswers(3, 3, 1, 1, 1));
        answers.put("fire", new IndicatorTallies.SummonsAnswers(2, 2, 2, 1, 1));

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("depts", NOVEMBER, DISTRICT));

        assertThat(answerReads).as("one aggregate serves the three answer indicators").isEqualTo(1);
        RankedUnit housing = unit(result, "housing");
        assertThat(List.of(line(housing, "summons-answer-rate").numerator(), line(housing, "summons-answer-rate").denominator()))
                .isEqualTo(List.of(1L, 3L));
        assertThat(line(housing, "summons-on-time-answer-rate").raw()).contains(1.0);
        RankedUnit fire = unit(result, "fire");
        assertThat(line(fire, "summons-answer-rate").raw()).contains(1.0);
        assertThat(line(fire, "summons-on-time-answer-rate").raw()).contains(0.5);
        assertThat(line(fire, "summons-arrival-rate").raw()).contains(0.5);
    }

    @Test
    void indicatorsReadSideBySideShareOneReadAndScoreAsReadInTurn() throws Exception {
        answers.put("housing", new IndicatorTallies.SummonsAnswers(3, 3, 1, 1, 1));
        answers.put("fire", new IndicatorTallies.SummonsAnswers(2, 2, 2, 1, 1));
        AssessmentResult inTurn = service.run(ADMIN, new RunAssessmentCommand("depts", NOVEMBER, DISTRICT));
        answerReads = 0;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            SchemeAssessmentService sideBySide = new SchemeAssessmentService(SCHEMES, tallies, new InMemoryAssessmentResults(), areas,
                    unusedFigures(), new SchemeAssessmentService.PeopleFigures((actor, area, from, to) -> visits, trainingQuery),
                    new PluginSchemes(measures, null, Map.of()), Clock.fixed(Instant.parse("2027-01-05T01:00:00Z"), ZoneOffset.UTC),
                    threads);
            AssessmentResult result = sideBySide.run(ADMIN, new RunAssessmentCommand("depts", NOVEMBER, DISTRICT));
            assertThat(answerReads).as("the three answer indicators, read on three threads, wait for one aggregate").isEqualTo(1);
            assertThat(result.units()).as("the same ranking, lines and points as read one after the other")
                    .isEqualTo(inTurn.units());
            answersMissing = true;
            assertThatThrownBy(() -> sideBySide.run(ADMIN, new RunAssessmentCommand("depts", NOVEMBER, DISTRICT)))
                    .as("a read's refusal reaches the caller as it was thrown")
                    .isInstanceOf(org.shizhi.domain.shared.MissingReferenceDataException.class).hasMessage("no calendar for 2025");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void gridWorkersVisitsAndTrainingAreReadThroughTheirContextsPortsByMemberId() {
        MemberId wang = new MemberId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        MemberId li = new MemberId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        found.put(wang.value().toString(), Reading.count(5));
        visits.put(wang, 3L);
        training.put(wang, 25L);
        training.put(li, 40L);

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("workers", NOVEMBER, DISTRICT));

        assertThat(result.units()).extracting(u -> u.unit().key()).containsExactlyInAnyOrder(wang.value().toString(), li.value().toString());
        RankedUnit w = unit(result, wang.value().toString());
        // 5 of 10 finds: 10 points; 3 of 4 visits: 30; 2.5 of 4 hours: 25. Of 100: 65.
        assertThat(line(w, "worker-visits").points()).isEqualTo(30.0);
        assertThat(line(w, "worker-training-hours").raw()).contains(2.5);
        assertThat(line(w, "worker-training-hours").points()).isEqualTo(25.0);
        assertThat(w.score()).contains(65.0);
        RankedUnit l = unit(result, li.value().toString());
        assertThat(line(l, "worker-visits").raw()).as("no visit made is 0 visits, not nothing").contains(0.0);
        // no find 0, no visit 0, 4 hours 40: 40.
        assertThat(l.score()).contains(40.0);
    }

    @Test
    void aPluginsSchemeIsListedAndRunOverTheStreetsEachItemOverItsOwnCadencesPeriod() {
        Scheme listed = service.schemes(ADMIN).stream().filter(s -> s.id().equals("test.cadence")).findFirst().orElseThrow();
        assertThat(listed.source()).isEqualTo(Scheme.Source.PLUGIN);
        assertThat(listed.city()).contains(CITY);
        assertThat(listed.cadence()).isEqualTo(AssessmentPeriod.Cadence.MONTHLY);
        assertThat(listed.items()).extracting(i -> i.indicator().id()).containsExactly("test.closed.monthly", "test.closed.half-yearly");

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("test.cadence", NOVEMBER, DISTRICT));

        assertThat(evaluated).containsExactlyInAnyOrder(A + " 2026-11", A + " 2026-H2", B + " 2026-11", B + " 2026-H2");
        assertThat(result.units()).extracting(u -> u.unit().key()).as("乙 closed all").containsExactly(B.toString(), A.toString());
        // Floor 0 and target 1: each item earns weight × the share after the fairness adjustment (2 of 2 is not 100 %).
        for (RankedUnit u : result.units()) {
            for (ScoreLine l : u.lines()) {
                assertThat(l.points()).as(u.unit().key() + " " + l.indicator()).isEqualTo(l.weight() * l.adjusted().orElseThrow());
            }
        }
        ScoreLine halfYear = line(unit(result, A.toString()), "test.closed.half-yearly");
        assertThat(List.of(halfYear.numerator(), halfYear.denominator(), halfYear.weight())).isEqualTo(List.of(1L, 2L, 40));
        assertThat(halfYear.raw()).contains(0.5);
        assertThat(halfYear.adjusted().orElseThrow()).as("the Wilson lower bound of 1 of 2").isLessThan(0.5);
        assertThat(result.scheme()).isEqualTo("test.cadence");
    }

    @Test
    void aPluginsSchemeDeclaringCommunitiesAssessesTheCommunitiesOfTheRunsArea() {
        assertThat(service.schemes(ADMIN).stream().filter(s -> s.id().equals("test.communities")).findFirst().orElseThrow().units())
                .isEqualTo(Scheme.Units.COMMUNITY);

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("test.communities", NOVEMBER, A));

        assertThat(evaluated).as("each community of 甲 by the plugin's indicator").containsExactlyInAnyOrder(A1 + " 2026-11", A2 + " 2026-11");
        assertThat(result.units()).extracting(u -> u.unit().key()).containsExactly(A1.toString(), A2.toString());
        assertThat(line(unit(result, A1.toString()), "test.closed").numerator()).isEqualTo(2L);
    }

    @Test
    void aPluginsSchemeDeclaringGridWorkersScoresThemOnBuiltInIndicatorsWithItsOwnTargets() {
        MemberId wang = new MemberId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        MemberId li = new MemberId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        found.put(wang.value().toString(), Reading.count(5));
        visits.put(wang, 3L);
        visits.put(li, 4L);
        Scheme listed = service.schemes(ADMIN).stream().filter(s -> s.id().equals("test.workers")).findFirst().orElseThrow();
        assertThat(listed.units()).isEqualTo(Scheme.Units.GRID_WORKER);
        assertThat(listed.source()).isEqualTo(Scheme.Source.PLUGIN);
        assertThat(listed.items()).extracting(i -> i.indicator().id() + " " + i.weight() + " " + i.floor() + " " + i.target())
                .containsExactly("worker-events-found 50 0.0 10.0", "worker-visits 50 0.0 4.0");

        AssessmentResult result = service.run(ADMIN, new RunAssessmentCommand("test.workers", NOVEMBER, DISTRICT));

        // 王: 5 of 10 finds, 25 points; 3 of 4 visits, 37.5: 62.5. 李: no find 0, 4 of 4 visits 50: 50.
        assertThat(result.units()).extracting(u -> u.unit().key()).containsExactly(wang.value().toString(), li.value().toString());
        assertThat(unit(result, wang.value().toString()).score()).contains(62.5);
        assertThat(unit(result, li.value().toString()).score()).contains(50.0);
        assertThat(evaluated).as("no plugin indicator reads a worker").isEmpty();
    }
}
