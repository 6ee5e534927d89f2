package org.shizhi.plugins.chengdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.RouteStage;
import org.shizhi.domain.grid.model.RouteStep;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.EventRouter;
import org.shizhi.domain.spi.PluginSettings;

/** Chengdu's routing and its 1136 scheme, through the SPI with settings as the platform builds them. */
class ChengduRoutingAndCadenceTest {

    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private static final EventGrade LOW = new EventGrade("LOW", "一般", 1, AdminLevel.COMMUNITY, List.of("no sign of risk"));
    private final ChengduPlugin plugin = new ChengduPlugin();

    private PluginSettings settings(Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        for (ConfigKey key : plugin.configKeys()) {
            values.put(key.name(), given.getOrDefault(key.name(), key.defaultValue().orElseThrow()));
        }
        return new PluginSettings(values);
    }

    private EventRouter router(Map<String, String> given) {
        return plugin.eventRouter(settings(given)).orElseThrow();
    }

    @Test
    void anEventBeyondTheCommunityIsCalledToTheStreetDispatchedCentrallyAndRemediedJointlyInThatOrder() {
        EventGrade medium = new EventGrade("MEDIUM", "较大", 2, AdminLevel.STREET, List.of("category SAFETY_HAZARD"));
        EventRoute route = router(Map.of()).route(new EventFacts(EventCategory.SAFETY_HAZARD, "楼道堆放杂物", ZONGFU), medium);

        assertThat(route.name()).isEqualTo("chengdu");
        assertThat(route.handlingLevel()).isEqualTo(AdminLevel.STREET);
        assertThat(route.steps()).containsExactly(
                new RouteStep(RouteStage.STREET_CALL, List.of(), ReportWithin.workingHours(2)),
                new RouteStep(RouteStage.CENTRAL_DISPATCH, List.of(DepartmentCode.of("jinjiang-emergency")), ReportWithin.workingHours(4)),
                new RouteStep(RouteStage.JOINT_REMEDIATION, List.of(DepartmentCode.of("jinjiang-fire"), DepartmentCode.of("jinjiang-housing")),
                        ReportWithin.workingDays(3)));
    }

    @Test
    void aRoutineEventIsTheCommunitysUnlessTheStreetHandlesAll() {
        EventFacts lamp = new EventFacts(EventCategory.SAFETY_HAZARD, "楼道堆放杂物", ZONGFU);
        EventRoute byDefault = router(Map.of()).route(lamp, LOW);
        assertThat(byDefault.levelFor(LOW)).isEqualTo(AdminLevel.COMMUNITY);
        assertThat(byDefault.steps()).extracting(RouteStep::stage).containsExactly(RouteStage.COMMUNITY_HANDLES, RouteStage.STREET_CALL,
                RouteStage.CENTRAL_DISPATCH, RouteStage.JOINT_REMEDIATION);
        assertThat(byDefault.steps().getFirst().within()).isEqualTo(ReportWithin.workingDays(5));

        EventRoute streetHandlesAll = router(Map.of("street-handles-all", "true")).route(lamp, LOW);
        assertThat(streetHandlesAll.levelFor(LOW)).as("社区发现: the community reports, the street handles").isEqualTo(AdminLevel.STREET);
        assertThat(streetHandlesAll.steps().getFirst().stage()).isEqualTo(RouteStage.STREET_CALL);
    }

    @Test
    void aCategoryWithoutJointDepartmentsHasNoJointStageAndAnUnlistedDistrictNamesNoDepartments() {
        EventRoute security = router(Map.of()).route(new EventFacts(EventCategory.PUBLIC_SECURITY, "夜间有人砸车窗", ZONGFU), LOW);
        assertThat(security.steps()).extracting(RouteStep::stage).containsExactly(RouteStage.COMMUNITY_HANDLES, RouteStage.STREET_CALL,
                RouteStage.CENTRAL_DISPATCH);
        assertThat(security.step(RouteStage.CENTRAL_DISPATCH).orElseThrow().departments()).containsExactly(DepartmentCode.of("jinjiang-police"));

        EventRoute elsewhere = router(Map.of()).route(new EventFacts(EventCategory.DISPUTE, "邻里纠纷", AreaCode.of("510112001001")), LOW);
        assertThat(elsewhere.steps()).allSatisfy(step -> assertThat(step.departments()).isEmpty());
    }

    @Test
    void departmentsAndDeadlinesAreTheCitysSettings() {
        EventRoute route = router(Map.of("dispatch.dispute", "judicial,civil", "remediation.dispute", "", "call-within-hours", "1",
                "districts", "510104:jj")).route(new EventFacts(EventCategory.DISPUTE, "邻里纠纷", ZONGFU), LOW);
        assertThat(route.steps()).containsExactly(
                new RouteStep(RouteStage.COMMUNITY_HANDLES, List.of(), ReportWithin.workingDays(5)),
                new RouteStep(RouteStage.STREET_CALL, List.of(), ReportWithin.workingHours(1)),
                new RouteStep(RouteStage.CENTRAL_DISPATCH, List.of(DepartmentCode.of("jj-judicial"), DepartmentCode.of("jj-civil")),
                        ReportWithin.workingHours(4)));
    }

    @Test
    void the1136SchemeIsFourItemsAtTheirCadencesOverIndicatorsThePluginSupplies() {
        AssessmentScheme scheme = plugin.assessmentSchemes(settings(Map.of())).getFirst();
        assertThat(scheme.items()).extracting(AssessmentScheme.Item::name, AssessmentScheme.Item::cadence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一月一现场会", AssessmentPeriod.Cadence.MONTHLY),
                org.assertj.core.groups.Tuple.tuple("一月一调度", AssessmentPeriod.Cadence.MONTHLY),
                org.assertj.core.groups.Tuple.tuple("一季一督导", AssessmentPeriod.Cadence.QUARTERLY),
                org.assertj.core.groups.Tuple.tuple("半年一拉练", AssessmentPeriod.Cadence.HALF_YEARLY));
        assertThat(plugin.indicators(settings(Map.of())).stream().map(i -> i.id()).toList())
                .containsAll(scheme.items().stream().map(AssessmentScheme.Item::indicator).toList());
        assertThat(scheme.items().stream().mapToInt(AssessmentScheme.Item::weight).sum()).isEqualTo(100);
    }

    @Test
    void anIndicatorWithNothingToCountGivesNoValueRatherThanAPerfectScore() {
        AssessmentReads nothing = new AssessmentReads() {
            @Override
            public List<GridStaffing> grids(AreaCode area) {
                return List.of();
            }

            @Override
            public List<GridEvent> events(AreaCode area, AssessmentPeriod period) {
                return List.of();
            }
        };
        assertThat(plugin.indicators(settings(Map.of()))).allSatisfy(indicator ->
                assertThat(indicator.evaluate(ZONGFU, AssessmentPeriod.parse("2026-Q4"), nothing).value()).isNaN());
        assertThat(AssessmentPeriod.parse("2026-Q4").start()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    }
}
