package org.shizhi.app.plugins;

import org.shizhi.adapters.plugins.*;
import org.shizhi.domain.assessment.service.AssessmentService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.TestDatabase;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.RouteStage;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.AcceptEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.CallEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.DispatchEventCommand;
import org.shizhi.domain.grid.port.in.HandleEventUseCase.ResolveEventCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.ReportEventCommand;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.AssignMemberCommand;
import org.shizhi.domain.grid.port.in.SummonsUseCase.SummonDepartmentsCommand;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.grid.service.WeeklyDigestService;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.OfficialCalendarYears;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CityCatalogue;

/**
 * Both demo cities in one platform, enabled as the shipped configuration enables them (湛江 440800: zhanjiang; 成都
 * 510100: chengdu and red-culture, here with Chengdu's {@code street-handles-all} set), on H2: each city gets what its plugins supply and keeps the platform's default for
 * everything else — grading, routing, grid rules, programmes, indicators and campaign templates.
 */
class CityPluginsSideBySideTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final AreaCode CHENGDU = AreaCode.of("510100");
    private static final AreaCode JINSHAWAN = AreaCode.of("440802006001");
    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Monday 16 November 2026, 10:00 in China. */
    private static final Instant MONDAY = LocalDate.of(2026, 11, 16).atTime(10, 0).atZone(CHINA).toInstant();

    private final TestClock clock = new TestClock(MONDAY);
    private PluginRegistry plugins;
    private GridService grids;
    private GridEventService events;
    private ProgrammeRunner runner;
    private PluginCatalogue catalogue;
    private AssessmentService assessments;
    private Database database;

    @BeforeEach
    void bothCitiesWithTheirShippedPlugins() {
        db.clean();
        database = db.database();
        plugins = PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), org.shizhi.app.TestConfig.of(
                Map.of("shizhi.city.440800.plugins", "zhanjiang", "shizhi.city.510100.plugins", "chengdu,red-culture",
                        "shizhi.city.510100.chengdu.street-handles-all", "true")));
        database.areaRepository().addAll(List.of(new Area(ZHANJIANG, "湛江市"), new Area(AreaCode.of("440802"), "赤坎区"),
                new Area(AreaCode.of("440802006000"), "沙湾街道"), new Area(JINSHAWAN, "金沙湾社区"),
                new Area(CHENGDU, "成都市"), new Area(AreaCode.of("510104"), "锦江区"),
                new Area(AreaCode.of("510104021000"), "春熙路街道"), new Area(ZONGFU, "总府路社区")));
        grids = new GridService(database.areaRepository(), database.gridRepository(), database.registerRepository(), new PluginGridRules(plugins));
        events = new GridEventService(database.gridRepository(), database.gridEventRepository(), new PluginEventGrading(plugins),
                new PluginEventRouting(plugins, DeadlinePolicy.standard()), new HolidayCalendar(OfficialCalendarYears.years2024To2026()), clock);
        runner = new ProgrammeRunner(plugins, database.programmeRuns(), database.areaRepository(), database.gridRepository(),
                database.visitTasks(), new WeeklyDigestService(database.gridEventRepository(), database.areaRepository(), clock), database.digestRecords(), clock);
        catalogue = new PluginCatalogue(plugins);
        assessments = new AssessmentService(plugins, new PluginAssessmentReads(database.areaRepository(), database.gridRepository(),
                database.gridEventRepository()));
        for (AreaCode community : List.of(JINSHAWAN, ZONGFU)) {
            Actor admin = Actor.system(community.cityCode());
            grids.createGrid(admin, new CreateGridCommand(community, GridTier.TOTAL, "总网格", Optional.empty(), Optional.empty()));
            grids.createGrid(admin, new CreateGridCommand(community, GridTier.GENERAL, "第一网格", Optional.of(GridCode.of(community, 0)), Optional.empty()));
            long total = 1;
            for (GridPost post : List.of(GridPost.COUNTY_LEADER, GridPost.TOWN_LEADER, GridPost.DEPARTMENT_HEAD)) {
                total = grids.assign(admin, new AssignMemberCommand(GridCode.of(community, 0), total, post, "干部" + post.ordinal(),
                        PhoneNumber.parse("1380013800" + post.ordinal()))).version();
            }
            long general = 1;
            for (GridPost post : List.of(GridPost.RESPONSIBLE_WORKER, GridPost.RESIDENT_CADRE)) {
                general = grids.assign(admin, new AssignMemberCommand(GridCode.of(community, 1), general, post, "网格" + post.ordinal(),
                        PhoneNumber.parse("1390013900" + post.ordinal()))).version();
            }
        }
    }

    /** A person of the city with every staff role of the event flow. */
    private static Actor staff(AreaCode city) {
        return new Actor("staff-" + city, city, city, java.util.Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_OFFICER),
                java.util.Set.of());
    }

    private GridEventView report(AreaCode community, EventCategory category, String text) {
        return events.report(staff(community.cityCode()), new ReportEventCommand(new EventIntake(GridCode.of(community, 1), category,
                text, EventChannel.GRID_WORKER, new Reporter("王芳", Optional.empty()), Optional.empty(), List.of()))).event();
    }

    @Test
    void aRoutineEventIsClosedByTheCommunityInZhanjiangButMustGoToTheStreetInChengdu() {
        GridEventView zhanjiang = report(JINSHAWAN, EventCategory.SERVICE_REQUEST, "路灯不亮，请求维修");
        GridEventView chengdu = report(ZONGFU, EventCategory.SERVICE_REQUEST, "路灯不亮，请求维修");

        assertThat(zhanjiang.grade().code()).as("Zhanjiang grades by its whistles").isEqualTo("ROUTINE");
        assertThat(chengdu.grade().code()).as("Chengdu keeps the platform's grader").isEqualTo("LOW");
        assertThat(zhanjiang.handlingLevel()).as("Zhanjiang keeps the platform's route").isEqualTo(AdminLevel.COMMUNITY);
        assertThat(chengdu.handlingLevel()).as("社区发现、街道呼叫: Chengdu's route sends it to the street").isEqualTo(AdminLevel.STREET);

        var accepted = events.accept(staff(ZHANJIANG), new AcceptEventCommand(zhanjiang.id(), zhanjiang.version(), null)).event();
        events.resolve(staff(ZHANJIANG), new ResolveEventCommand(zhanjiang.id(), accepted.version(), "已修复"));

        var chengduAccepted = events.accept(staff(CHENGDU), new AcceptEventCommand(chengdu.id(), chengdu.version(), null)).event();
        assertThatThrownBy(() -> events.resolve(staff(CHENGDU), new ResolveEventCommand(chengdu.id(), chengduAccepted.version(), "已修复")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("must be handled at STREET level");

        assertThat(events.route(staff(ZHANJIANG), zhanjiang.id()).name()).isEqualTo("platform");
        assertThat(events.route(staff(CHENGDU), chengdu.id()).name()).isEqualTo("chengdu");
    }

    @Test
    void chengduDispatchesAndSummonsTheDepartmentsItsRouteNamesWhileZhanjiangsStreetMustNameThem() {
        GridEventView chengdu = report(ZONGFU, EventCategory.SAFETY_HAZARD, "楼道堆放纸箱杂物");
        GridEventView zhanjiang = report(JINSHAWAN, EventCategory.SAFETY_HAZARD, "楼道堆放纸箱杂物");
        for (GridEventView e : List.of(chengdu, zhanjiang)) {
            Actor street = staff(e.grid().community().cityCode());
            var accepted = events.accept(street, new AcceptEventCommand(e.id(), e.version(), null)).event();
            var called = events.call(street, new CallEventCommand(e.id(), accepted.version(), null)).event();
            assertThat(called.version()).isGreaterThan(e.version());
        }

        Actor chengduStreet = staff(CHENGDU);
        var dispatched = events.dispatch(chengduStreet, new DispatchEventCommand(chengdu.id(), events.event(chengduStreet, chengdu.id()).version(),
                List.of(), "集中派单")).event();
        assertThat(dispatched.dispatchedTo()).containsExactly(DepartmentCode.of("jinjiang-emergency"));
        clock.advance(Duration.ofMinutes(10));
        var summoned = events.summon(chengduStreet, new SummonDepartmentsCommand(chengdu.id(), dispatched.version(), List.of(), null)).event();
        assertThat(summoned.summonses()).singleElement().satisfies(s -> {
            assertThat(s.departments()).containsExactly(DepartmentCode.of("jinjiang-fire"), DepartmentCode.of("jinjiang-housing"));
            assertThat(s.within().toString()).isEqualTo("3 working days");
        });

        Actor zhanjiangStreet = staff(ZHANJIANG);
        long version = events.event(zhanjiangStreet, zhanjiang.id()).version();
        assertThatThrownBy(() -> events.dispatch(zhanjiangStreet, new DispatchEventCommand(zhanjiang.id(), version, List.of(), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("the platform route")
                .hasMessageContaining("names none for CENTRAL_DISPATCH");
        assertThat(events.route(zhanjiangStreet, zhanjiang.id()).step(RouteStage.STREET_CALL)).isPresent();
        var byHand = events.dispatch(zhanjiangStreet, new DispatchEventCommand(zhanjiang.id(), version,
                List.of(DepartmentCode.of("chikan-fire")), null)).event();
        assertThat(byHand.dispatchedTo()).containsExactly(DepartmentCode.of("chikan-fire"));
    }

    @Test
    void zhanjiangRunsItsNightVisitsAndDigestOnceEachWhileChengduRunsNothing() {
        assertThat(plugins.programmes(CHENGDU)).as("Chengdu enables no programme: the platform runs none").isEmpty();
        assertThat(plugins.programmes(ZHANJIANG)).extracting(p -> p.id()).containsExactly("zhanjiang.night-visit", "zhanjiang.weekly-digest");

        clock.set(LocalDate.of(2026, 11, 17).atTime(19, 29).atZone(CHINA).toInstant());
        List<ProgrammeRunner.Ran> mondayDigest = runner.runDue();
        assertThat(mondayDigest).as("Monday 08:00's digest is 35 hours old: too late to catch up").isEmpty();

        clock.set(LocalDate.of(2026, 11, 17).atTime(19, 31).atZone(CHINA).toInstant());
        List<ProgrammeRunner.Ran> evening = runner.runDue();
        assertThat(evening).singleElement().satisfies(ran -> {
            assertThat(ran.programme()).isEqualTo("zhanjiang.night-visit");
            assertThat(ran.city()).isEqualTo(ZHANJIANG);
            assertThat(ran.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(ran.summary()).contains("planned 4 night visits on 2026-11-17");
        });
        clock.advance(Duration.ofMinutes(1));
        assertThat(runner.runDue()).as("the same due time again: claimed already").isEmpty();

        List<VisitTask> tasks = database.visitTasks().within(ZHANJIANG, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17), org.shizhi.domain.shared.PageRequest.first(50)).items();
        assertThat(tasks).extracting(VisitTask::post).containsExactlyInAnyOrder(GridPost.COUNTY_LEADER, GridPost.TOWN_LEADER,
                GridPost.DEPARTMENT_HEAD, GridPost.RESIDENT_CADRE);
        assertThat(database.visitTasks().within(CHENGDU, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17), org.shizhi.domain.shared.PageRequest.first(50)).items()).isEmpty();

        report(JINSHAWAN, EventCategory.ENVIRONMENT, "垃圾清运不及时");
        clock.set(LocalDate.of(2026, 11, 23).atTime(8, 5).atZone(CHINA).toInstant());
        assertThat(runner.runDue()).extracting(ProgrammeRunner.Ran::programme, ProgrammeRunner.Ran::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zhanjiang.weekly-digest", RunStatus.SUCCEEDED));
        assertThat(database.digestRecords().recent(ZHANJIANG, 5)).singleElement().satisfies(r -> {
            assertThat(r.week().monday()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(r.reported()).isEqualTo(1);
        });
        assertThat(database.programmeRuns().recent(ZHANJIANG, 10)).hasSize(2);
        assertThat(database.programmeRuns().recent(CHENGDU, 10)).isEmpty();
    }

    @Test
    void aRunWhoseInstanceDiedMidWayIsTakenOverWhenItsLeaseRunsOut() {
        Instant due = LocalDate.of(2026, 11, 17).atTime(19, 30).atZone(CHINA).toInstant();
        // An instance claimed the night visits at 19:30 and died before finishing.
        assertThat(database.programmeRuns().claim("zhanjiang.night-visit", ZHANJIANG, due, due, Duration.ofMinutes(30))).hasValue(1);

        clock.set(due.plus(Duration.ofMinutes(29)));
        assertThat(runner.runDue()).as("within the 30-minute lease the run is left to its instance").isEmpty();

        clock.set(due.plus(Duration.ofMinutes(31)));
        assertThat(runner.runDue()).singleElement().satisfies(ran -> {
            assertThat(ran.programme()).isEqualTo("zhanjiang.night-visit");
            assertThat(ran.status()).isEqualTo(RunStatus.SUCCEEDED);
        });
        var run = database.programmeRuns().recent(ZHANJIANG, 1).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.attempt()).isEqualTo(2);
        assertThat(run.takenOverAt()).contains(due.plus(Duration.ofMinutes(31)));
        assertThat(run.summary()).startsWith("taken over").contains("planned 4 night visits");
        assertThat(database.visitTasks().within(ZHANJIANG, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17),
                org.shizhi.domain.shared.PageRequest.first(50)).items()).hasSize(4);
        clock.advance(Duration.ofMinutes(40));
        assertThat(runner.runDue()).as("a finished run is not taken over").isEmpty();
    }

    @Test
    void eachCityAssessesWithItsOwnIndicatorsAndOffersItsOwnTemplates() {
        AssessmentPeriod november = AssessmentPeriod.parse("2026-11");
        CityCatalogue.Assessment zhanjiang = assessments.assess(Actor.system(ZHANJIANG), ZHANJIANG, november);
        assertThat(zhanjiang.indicators()).singleElement().satisfies(v -> {
            assertThat(v.indicator()).isEqualTo("zhanjiang.five-responsibles");
            assertThat(v.numerator()).as("the general grid: worker and resident cadre on it, the leaders on the total grid").isEqualTo(1);
            assertThat(v.denominator()).as("the total and the general grid").isEqualTo(2);
        });
        assertThat(zhanjiang.schemes()).isEmpty();

        CityCatalogue.Assessment chengdu = assessments.assess(Actor.system(CHENGDU), CHENGDU, november);
        assertThat(chengdu.indicators()).extracting(v -> v.indicator())
                .containsExactly("chengdu.events-closed", "chengdu.events-on-time", "chengdu.micro-grids-staffed");
        assertThat(chengdu.schemes()).singleElement().satisfies(s -> {
            assertThat(s.scheme()).isEqualTo("chengdu.cadence-1136");
            assertThat(s.items()).extracting(i -> i.value().period().toString()).containsExactly("2026-11", "2026-11", "2026-Q4", "2026-H2");
        });

        assertThat(catalogue.campaignTemplates(Actor.system(CHENGDU), CHENGDU)).extracting(CampaignTemplate::id)
                .containsExactly("red-culture.eight-venues", "red-culture.wedding-customs");
        assertThat(catalogue.campaignTemplates(Actor.system(ZHANJIANG), ZHANJIANG)).as("the platform offers no template by default").isEmpty();
    }

    @Test
    void zhanjiangRefusesAThirdBuildingHeadWhileChengduKeepsTheDomainsOwnRules() {
        for (AreaCode community : List.of(JINSHAWAN, ZONGFU)) {
            Actor admin = Actor.system(community.cityCode());
            GridCode building = grids.createGrid(admin, new CreateGridCommand(community, GridTier.BUILDING, "1栋",
                    Optional.of(GridCode.of(community, 1)), Optional.empty())).code();
            long version = 1;
            for (int i = 0; i < 2; i++) {
                version = grids.assign(admin, new AssignMemberCommand(building, version, GridPost.BUILDING_HEAD, "楼长" + i,
                        PhoneNumber.parse("1370013700" + i))).version();
            }
            AssignMemberCommand third = new AssignMemberCommand(building, version, GridPost.BUILDING_HEAD, "楼长3", PhoneNumber.parse("13700137009"));
            if (community.equals(JINSHAWAN)) {
                assertThatThrownBy(() -> grids.assign(admin, third)).isInstanceOf(ConflictException.class)
                        .hasMessageContaining("at most 2 building heads").hasMessageContaining("rule zhanjiang.building-heads");
            } else {
                assertThat(grids.assign(admin, third).version()).isEqualTo(version + 1);
            }
        }
    }
}
