package org.shizhi.plugins.zhanjiang;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.programme.model.Schedule;
import org.shizhi.domain.spi.ProgrammeContext;
import org.shizhi.domain.spi.RecurringProgramme;
import org.shizhi.domain.spi.StaffPlacement;

/**
 * 平安夜访 (seed 003: 麻章区推动副科级以上干部每周二晚上进村入户开展"平安夜访"): every week, on the evening set (Tuesday 19:30
 * by default), one visit task for each cadre of the configured posts on each grid of the city, for that evening.
 * What residents raise on the visit is recorded on the task ({@code RecordFindingUseCase}) and becomes a grid event,
 * or for a DISPUTE finding a dispute opened with source NIGHT_VISIT.
 *
 * <p>Rank: the seed says "deputy section chief and above" (副科级以上). The platform holds posts, not civil-service
 * ranks; the cadres linked to a village or community are held as posts on its grids (COUNTY_LEADER, TOWN_LEADER,
 * DEPARTMENT_HEAD, RESIDENT_CADRE), and the setting names the posts that stand for the rank.
 */
final class NightVisits implements RecurringProgramme {

    static final String ID = "zhanjiang.night-visit";

    private final Schedule schedule;
    private final Set<GridPost> posts;

    NightVisits(DayOfWeek day, LocalTime at, Set<GridPost> posts) {
        if (posts.isEmpty()) {
            throw new IllegalArgumentException(ZhanjiangPlugin.NIGHT_VISIT_POSTS + " names at least one post");
        }
        this.schedule = Schedule.weekly(day, at, ZoneId.of("Asia/Shanghai"));
        this.posts = Set.copyOf(EnumSet.copyOf(posts));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "平安夜访 (night visits)";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    Set<GridPost> posts() {
        return posts;
    }

    @Override
    public String run(ProgrammeContext context) {
        List<StaffPlacement> cadres = context.staff().onPosts(posts);
        int planned = context.visits().plan(ID, context.dueOn(), cadres);
        long grids = cadres.stream().map(StaffPlacement::grid).distinct().count();
        return "planned " + planned + " night visits on " + context.dueOn() + " for " + cadres.size() + " cadres on " + grids + " grids"
                + (planned < cadres.size() ? " (" + (cadres.size() - planned) + " already planned)" : "");
    }
}
