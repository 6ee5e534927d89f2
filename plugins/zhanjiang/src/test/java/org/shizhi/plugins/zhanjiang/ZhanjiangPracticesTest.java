package org.shizhi.plugins.zhanjiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shizhi.plugins.zhanjiang.Events.defaultSettings;
import static org.shizhi.plugins.zhanjiang.Events.settings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.IndicatorValue;
import org.shizhi.domain.spi.ProgrammeContext;
import org.shizhi.domain.spi.RecurringProgramme;
import org.shizhi.domain.spi.StaffPlacement;

/** Night visits, the weekly digest, five-responsibles coverage and building heads, through the SPI with recording ports. */
class ZhanjiangPracticesTest {

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final AreaCode VILLAGE = AreaCode.of("440811100201");
    private static final GridCode TOTAL = GridCode.of(VILLAGE, 0);
    private static final GridCode FIRST = GridCode.of(VILLAGE, 1);
    private static final GridCode SECOND = GridCode.of(VILLAGE, 2);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Tuesday 17 November 2026, 19:30 in China. */
    private static final Instant TUESDAY_EVENING = LocalDate.of(2026, 11, 17).atTime(19, 30).atZone(CHINA).toInstant();

    private final ZhanjiangPlugin plugin = new ZhanjiangPlugin();

    /** Ports that record what a programme asked of them. */
    private static final class Recording {
        final List<StaffPlacement> staff = new ArrayList<>();
        final List<Set<GridPost>> askedPosts = new ArrayList<>();
        final List<String> planned = new ArrayList<>();
        final List<DigestWeek> digests = new ArrayList<>();

        ProgrammeContext context(Instant due) {
            return new ProgrammeContext(ZHANJIANG, due, CHINA,
                    posts -> {
                        askedPosts.add(posts);
                        return staff.stream().filter(s -> posts.contains(s.post())).toList();
                    },
                    (programme, day, who) -> {
                        who.forEach(p -> planned.add(programme + " " + day + " " + p.grid() + " " + p.post()));
                        return who.size();
                    },
                    week -> {
                        digests.add(week);
                        return new WeeklyDigest(ZHANJIANG, week, due, 7, List.of(), List.of(), List.of(), 1, 4, 2, OptionalDouble.empty());
                    });
        }
    }

    private static StaffPlacement on(GridCode grid, GridTier tier, GridPost post) {
        return new StaffPlacement(grid, tier, MemberId.random(), post);
    }

    private RecurringProgramme programme(Map<String, String> values, String id) {
        return plugin.programmes(settings(values)).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void nightVisitsRunOnTuesdayEveningsInChinaAndPlanOneVisitPerCadreOfTheConfiguredPosts() {
        RecurringProgramme visits = programme(Map.of(), "zhanjiang.night-visit");
        assertThat(visits.schedule().day()).contains(DayOfWeek.TUESDAY);
        assertThat(visits.schedule().at()).isEqualTo(LocalTime.of(19, 30));
        assertThat(visits.schedule().zone()).isEqualTo(CHINA);
        assertThat(visits.schedule().latestDueAtOrBefore(TUESDAY_EVENING.plusSeconds(3 * 86_400))).isEqualTo(TUESDAY_EVENING);

        Recording ports = new Recording();
        ports.staff.addAll(List.of(on(TOTAL, GridTier.TOTAL, GridPost.TOWN_LEADER), on(FIRST, GridTier.GENERAL, GridPost.RESIDENT_CADRE),
                on(FIRST, GridTier.GENERAL, GridPost.RESPONSIBLE_WORKER), on(SECOND, GridTier.GENERAL, GridPost.COUNTY_LEADER)));
        String summary = visits.run(ports.context(TUESDAY_EVENING));

        assertThat(ports.askedPosts).containsExactly(Set.of(GridPost.COUNTY_LEADER, GridPost.TOWN_LEADER, GridPost.DEPARTMENT_HEAD,
                GridPost.RESIDENT_CADRE));
        assertThat(ports.planned).as("grid workers are not cadres: no visit for them").containsExactlyInAnyOrder(
                "zhanjiang.night-visit 2026-11-17 " + TOTAL + " TOWN_LEADER",
                "zhanjiang.night-visit 2026-11-17 " + FIRST + " RESIDENT_CADRE",
                "zhanjiang.night-visit 2026-11-17 " + SECOND + " COUNTY_LEADER");
        assertThat(summary).contains("planned 3 night visits on 2026-11-17", "3 cadres on 3 grids");
    }

    @Test
    void theCityChoosesTheEveningAndWhichPostsVisit() {
        RecurringProgramme visits = programme(Map.of("night-visit.day", "thursday", "night-visit.time", "20:00",
                "night-visit.posts", "RESIDENT_CADRE"), "zhanjiang.night-visit");
        assertThat(visits.schedule().day()).contains(DayOfWeek.THURSDAY);
        Recording ports = new Recording();
        ports.staff.add(on(FIRST, GridTier.GENERAL, GridPost.TOWN_LEADER));
        assertThat(visits.run(ports.context(TUESDAY_EVENING))).contains("planned 0 night visits");

        assertThatThrownBy(() -> plugin.programmes(settings(Map.of("night-visit.posts", "MAYOR"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("night-visit.posts").hasMessageContaining("'MAYOR'");
        assertThatThrownBy(() -> plugin.programmes(settings(Map.of("night-visit.time", "half past seven"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("night-visit.time");
    }

    @Test
    void theWeeklyDigestRunsOnMondayMorningForTheWeekThatEnded() {
        RecurringProgramme digest = programme(Map.of(), "zhanjiang.weekly-digest");
        Instant mondayMorning = LocalDate.of(2026, 11, 23).atTime(8, 0).atZone(CHINA).toInstant();
        assertThat(digest.schedule().latestDueAtOrBefore(mondayMorning.plusSeconds(60))).isEqualTo(mondayMorning);

        Recording ports = new Recording();
        String summary = digest.run(ports.context(mondayMorning));
        assertThat(ports.digests).containsExactly(new DigestWeek(LocalDate.of(2026, 11, 16)));
        assertThat(summary).contains("week 2026-11-16 to 2026-11-22", "7 reported", "1 overdue", "4 closed");
    }

    @Test
    void fiveResponsiblesCountsGridsWhereTheWorkerIsOnTheGridAndTheFourCadresOnItOrTheCommunitysTotalGrid() {
        AssessmentReads reads = new AssessmentReads() {
            @Override
            public List<GridStaffing> grids(AreaCode area) {
                return List.of(
                        new GridStaffing(TOTAL, GridTier.TOTAL, List.of(on(TOTAL, GridTier.TOTAL, GridPost.COUNTY_LEADER),
                                on(TOTAL, GridTier.TOTAL, GridPost.TOWN_LEADER), on(TOTAL, GridTier.TOTAL, GridPost.DEPARTMENT_HEAD))),
                        // covered: its own worker and resident cadre, the three leaders from the total grid
                        new GridStaffing(FIRST, GridTier.GENERAL, List.of(on(FIRST, GridTier.GENERAL, GridPost.RESPONSIBLE_WORKER),
                                on(FIRST, GridTier.GENERAL, GridPost.RESIDENT_CADRE))),
                        // not covered: no resident cadre
                        new GridStaffing(SECOND, GridTier.GENERAL, List.of(on(SECOND, GridTier.GENERAL, GridPost.RESPONSIBLE_WORKER))),
                        // a building sub-grid is not counted
                        new GridStaffing(GridCode.parse(FIRST + "B001"), GridTier.BUILDING, List.of()));
            }

            @Override
            public List<GridEvent> events(AreaCode area, AssessmentPeriod period) {
                return List.of();
            }
        };
        IndicatorValue value = plugin.indicators(defaultSettings()).getFirst().evaluate(VILLAGE, AssessmentPeriod.parse("2026-11"), reads);

        assertThat(value.indicator()).isEqualTo("zhanjiang.five-responsibles");
        assertThat(value.numerator()).as("grids with all five").isEqualTo(1);
        assertThat(value.denominator()).as("grids counted: total and two general grids").isEqualTo(3);
        assertThat(value.value()).isEqualTo(1.0 / 3);
    }

    @Test
    void aBuildingSubGridWithoutAHeadIsReportedAndAThirdHeadRefused() {
        List<GridRule> rules = plugin.gridRules(defaultSettings());
        GridCode building = GridCode.parse(FIRST + "B001");
        assertThat(check(rules, building, GridTier.BUILDING, List.of())).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("zhanjiang.building-heads");
            assertThat(v.enforcement()).isEqualTo(Enforcement.REPORT);
        });
        assertThat(check(rules, building, GridTier.BUILDING, List.of(GridPost.BUILDING_HEAD, GridPost.BUILDING_HEAD))).isEmpty();
        assertThat(check(rules, building, GridTier.BUILDING, List.of(GridPost.BUILDING_HEAD, GridPost.BUILDING_HEAD, GridPost.BUILDING_HEAD)))
                .singleElement().satisfies(v -> {
                    assertThat(v.enforcement()).isEqualTo(Enforcement.REFUSE);
                    assertThat(v.message()).contains("at most 2 building heads", "would have 3");
                });
        assertThat(check(rules, FIRST, GridTier.GENERAL, List.of())).as("other tiers are not its business").isEmpty();
        assertThatThrownBy(() -> plugin.gridRules(settings(Map.of("building-heads-max", "0")))).hasMessageContaining("building-heads-max");
    }

    private static List<GridRuleViolation> check(List<GridRule> rules, GridCode code, GridTier tier, List<GridPost> posts) {
        GridStructure grid = new GridStructure(code, tier, "1栋", Optional.of(GridTier.GENERAL), 0, RegisterCounts.NONE, posts);
        return rules.stream().flatMap(r -> r.check(grid).stream()).toList();
    }
}
