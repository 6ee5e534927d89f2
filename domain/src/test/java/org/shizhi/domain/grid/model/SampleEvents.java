package org.shizhi.domain.grid.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.HolidayCalendar;
import org.shizhi.domain.shared.OfficialCalendarYears;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.WorkingTime;

/**
 * Places, people, grades and events for tests of the grid context, adapters' contract tests included. Chengdu's
 * 锦江区 with the street 春熙路街道 and its communities; times in China; the official 2024–2026 calendar.
 */
public final class SampleEvents {

    public static final AreaCode CHENGDU = AreaCode.of("510100");
    public static final AreaCode JINJIANG = AreaCode.of("510104");
    public static final AreaCode CHUNXI_ROAD = AreaCode.of("510104022000");
    /** A community of 春熙路街道. */
    public static final AreaCode ZONGFU = AreaCode.of("510104022001");
    /** Another community of the same street. */
    public static final AreaCode HONGXING = AreaCode.of("510104022002");
    /** A community of another street, 锦华路街道. */
    public static final AreaCode JINHUA = AreaCode.of("510104019001");
    /** A community of another city, 湛江赤坎区. */
    public static final AreaCode JINSHAWAN = AreaCode.of("440802006001");

    public static final GridCode ZONGFU_1 = GridCode.of(ZONGFU, 1);
    public static final GridCode ZONGFU_2 = GridCode.of(ZONGFU, 2);
    public static final GridCode HONGXING_1 = GridCode.of(HONGXING, 1);
    public static final GridCode JINHUA_1 = GridCode.of(JINHUA, 1);
    public static final GridCode JINSHAWAN_1 = GridCode.of(JINSHAWAN, 1);

    public static final Acting WORKER = new Acting("wang.fang", Role.GRID_WORKER);
    public static final Acting STAFF = new Acting("li.min", Role.COMMUNITY_STAFF);
    public static final Acting OFFICER = new Acting("zhang.wei", Role.STREET_OFFICER);
    public static final Acting HOUSING = new Acting("housing.duty", Role.DEPARTMENT);
    public static final Acting HOTLINE = new Acting("hotline-12345", Role.INTEGRATOR);
    public static final Acting SYSTEM = new Acting("system", Role.CITY_ADMIN);

    public static final DepartmentCode HOUSING_BUREAU = DepartmentCode.of("jinjiang-housing");
    public static final DepartmentCode FIRE_BRIGADE = DepartmentCode.of("jinjiang-fire");
    public static final DepartmentCode POLICE = DepartmentCode.of("chunxi-police");

    public static final EventGrade LOW = new EventGrade("LOW", "一般", 1, AdminLevel.COMMUNITY, List.of("no sign of risk"));
    public static final EventGrade MEDIUM = new EventGrade("MEDIUM", "较大", 2, AdminLevel.STREET, List.of("mentions 隐患"));
    public static final EventGrade HIGH = new EventGrade("HIGH", "重大", 3, AdminLevel.DISTRICT, List.of("mentions 爆炸"));
    public static final EventGrade CRITICAL = new EventGrade("CRITICAL", "特大", 4, AdminLevel.CITY, List.of("mentions 伤亡"));

    public static final String HAZARD_TEXT = "锦华小区3栋楼道堆放大量杂物，存在消防隐患。";

    private SampleEvents() {
    }

    /** The State Council's arrangements for 2024–2026. */
    public static WorkCalendar calendar() {
        return new HolidayCalendar(OfficialCalendarYears.years2024To2026());
    }

    /** An instant given as local time in China: {@code china("2025-09-26T10:00")}. */
    public static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingTime.ZONE).toInstant();
    }

    public static EventIntake intake(GridCode grid, EventCategory category, String text) {
        return new EventIntake(grid, category, text, EventChannel.GRID_WORKER, new Reporter("王芳", Optional.empty()),
                Optional.empty(), List.of());
    }

    /** A new event reported by a grid worker, with a deadline counted on the official calendar. */
    public static EventTransition reported(GridCode grid, String text, EventGrade grade, Instant at) {
        Deadline deadline = Deadline.after(calendar(), at, DeadlinePolicy.standard().workingDaysFor(grade, EventCategory.DISPUTE));
        return GridEvent.report(GridEventId.random(), intake(grid, EventCategory.DISPUTE, text), grade, deadline, at, WORKER);
    }

    /**
     * The transitions that take a new event to {@code target} along the shortest ordinary path, a minute apart:
     * the last one's event is in {@code target}. RESOLVED goes through the departments, so any grade gets there.
     */
    public static List<EventTransition> pathTo(EventState target, GridCode grid, String text, EventGrade grade, Instant at) {
        List<EventTransition> path = new ArrayList<>();
        path.add(reported(grid, text, grade, at));
        Instant t = at;
        switch (target) {
            case REPORTED -> {
            }
            case REJECTED -> path.add(last(path).reject(STAFF, t = t.plus(Duration.ofMinutes(1)), "不属于网格事件"));
            default -> {
                path.add(last(path).accept(STAFF, t = t.plus(Duration.ofMinutes(1)), ""));
                if (target != EventState.ACCEPTED) {
                    path.add(last(path).call(OFFICER, t = t.plus(Duration.ofMinutes(1)), "社区无法解决"));
                }
                if (target != EventState.ACCEPTED && target != EventState.CALLED) {
                    path.add(last(path).dispatch(OFFICER, t = t.plus(Duration.ofMinutes(1)), List.of(HOUSING_BUREAU), ""));
                }
                if (target != EventState.ACCEPTED && target != EventState.CALLED && target != EventState.DISPATCHED) {
                    path.add(last(path).startHandling(HOUSING, t = t.plus(Duration.ofMinutes(1)), HOUSING_BUREAU));
                }
                if (target == EventState.RESOLVED || target == EventState.CLOSED || target == EventState.REOPENED) {
                    path.add(last(path).resolve(HOUSING, t = t.plus(Duration.ofMinutes(1)), "已清理楼道杂物"));
                }
                if (target == EventState.CLOSED || target == EventState.REOPENED) {
                    Instant verdictAt = t.plus(Duration.ofMinutes(1));
                    path.add(last(path).judge(WORKER, verdictAt, target == EventState.CLOSED ? 5 : 1, "回访",
                            Deadline.after(calendar(), verdictAt, 3)));
                }
            }
        }
        return path;
    }

    /** An event in {@code target}, reported at {@code at}. */
    public static GridEvent inState(EventState target, GridCode grid, Instant at) {
        List<EventTransition> path = pathTo(target, grid, HAZARD_TEXT, LOW, at);
        return last(path);
    }

    private static GridEvent last(List<EventTransition> path) {
        return path.getLast().event();
    }
}
