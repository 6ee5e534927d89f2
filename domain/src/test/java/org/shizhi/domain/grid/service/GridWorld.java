package org.shizhi.domain.grid.service;

import static org.shizhi.domain.grid.model.SampleEvents.CHENGDU;
import static org.shizhi.domain.grid.model.SampleEvents.CHUNXI_ROAD;
import static org.shizhi.domain.grid.model.SampleEvents.HONGXING;
import static org.shizhi.domain.grid.model.SampleEvents.JINHUA;
import static org.shizhi.domain.grid.model.SampleEvents.JINJIANG;
import static org.shizhi.domain.grid.model.SampleEvents.JINSHAWAN;
import static org.shizhi.domain.grid.model.SampleEvents.ZONGFU;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.EventReported;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.ReportEventCommand;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.InMemoryRegisterRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.grid.port.out.GridRules;

/**
 * Chengdu's 锦江区 and Zhanjiang's 赤坎区 in memory, with the services wired as the application wires them and the
 * people who use them. 总府路社区 has a total grid (000) and two general grids; 红星社区, 锦华社区 and 金沙湾社区 one
 * grid each; 大慈寺社区 none yet.
 */
final class GridWorld {

    /** Friday 2025-09-26 10:00 in China, the last Friday before the National Day holiday. */
    static final Instant FRIDAY = SampleEvents.china("2025-09-26T10:00");
    static final AreaCode DACI = AreaCode.of("510104022003");

    static final Actor CITY_ADMIN = actor("admin.chengdu", CHENGDU, Role.CITY_ADMIN);
    static final Actor SYSTEM = Actor.system(CHENGDU);
    static final Actor WORKER = actor("wang.fang", ZONGFU, Role.GRID_WORKER);
    static final Actor WORKER_WITH_PERSONAL_DATA = actor("wang.fang", ZONGFU, Set.of(Role.GRID_WORKER), Privilege.PERSONAL_DATA);
    static final Actor STAFF = actor("li.min", ZONGFU, Role.COMMUNITY_STAFF);
    static final Actor OFFICER = actor("zhang.wei", CHUNXI_ROAD, Role.STREET_OFFICER);
    static final Actor DEPARTMENT = new Actor("housing.duty", CHENGDU, JINJIANG, Set.of(Role.DEPARTMENT), Set.of(),
            java.util.Optional.of(SampleEvents.HOUSING_BUREAU.value()));
    static final Actor FIRE_DEPARTMENT = new Actor("fire.duty", CHENGDU, JINJIANG, Set.of(Role.DEPARTMENT), Set.of(),
            java.util.Optional.of(SampleEvents.FIRE_BRIGADE.value()));
    static final Actor HOTLINE = actor("hotline-12345", CHENGDU, Role.INTEGRATOR);
    static final Actor AUDITOR = actor("audit.chen", CHENGDU, Role.AUDITOR);
    static final Actor NEIGHBOUR_STAFF = actor("zhao.qiang", HONGXING, Role.COMMUNITY_STAFF);
    static final Actor OTHER_STREET_OFFICER = actor("liu.yang", AreaCode.of("510104019000"), Role.STREET_OFFICER);
    static final Actor ZHANJIANG_ADMIN = Actor.system(AreaCode.of("440800"));

    final TestClock clock = new TestClock(FRIDAY);
    final WorkCalendar calendar = SampleEvents.calendar();
    final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    final InMemoryGridRepository grids = new InMemoryGridRepository();
    final InMemoryRegisterRepository registers = new InMemoryRegisterRepository();
    final InMemoryGridEventRepository events = new InMemoryGridEventRepository();

    final GridService gridService = new GridService(areas, grids, registers, GridRules.NONE);
    final RegisterService registerService = new RegisterService(grids, registers, GridRules.NONE);
    final GridEventService eventService = new GridEventService(grids, events, new KeywordEventGrading(), new PlatformEventRouting(), calendar, clock);
    final EscalationService escalation = new EscalationService(events, calendar, clock);
    final WeeklyDigestService digests = new WeeklyDigestService(events, areas, clock);

    GridWorld() {
        areas.addAll(List.of(
                new Area(CHENGDU, "成都市"), new Area(JINJIANG, "锦江区"), new Area(CHUNXI_ROAD, "春熙路街道"),
                new Area(ZONGFU, "总府路社区"), new Area(HONGXING, "红星社区"), new Area(DACI, "大慈寺社区"),
                new Area(AreaCode.of("510104019000"), "锦华路街道"), new Area(JINHUA, "锦华社区"),
                new Area(AreaCode.of("440800"), "湛江市"), new Area(AreaCode.of("440802"), "赤坎区"),
                new Area(AreaCode.of("440802006000"), "沙湾街道"), new Area(JINSHAWAN, "金沙湾社区")));
        grids.add(Grid.create(GridCode.of(ZONGFU, 0), GridTier.TOTAL, "总府路社区总网格", Optional.empty(), Optional.empty()));
        grids.add(Grid.create(SampleEvents.ZONGFU_1, GridTier.GENERAL, "总府路第1网格", Optional.of(GridCode.of(ZONGFU, 0)), Optional.empty()));
        grids.add(Grid.create(SampleEvents.ZONGFU_2, GridTier.GENERAL, "总府路第2网格", Optional.of(GridCode.of(ZONGFU, 0)), Optional.empty()));
        grids.add(Grid.create(SampleEvents.HONGXING_1, GridTier.GENERAL, "红星第1网格", Optional.empty(), Optional.empty()));
        grids.add(Grid.create(SampleEvents.JINHUA_1, GridTier.GENERAL, "锦华第1网格", Optional.empty(), Optional.empty()));
        grids.add(Grid.create(SampleEvents.JINSHAWAN_1, GridTier.GENERAL, "金沙湾第1网格", Optional.empty(), Optional.empty()));
    }

    static Actor actor(String subject, AreaCode jurisdiction, Role role) {
        return actor(subject, jurisdiction, Set.of(role));
    }

    static Actor actor(String subject, AreaCode jurisdiction, Set<Role> roles, Privilege... privileges) {
        return new Actor(subject, jurisdiction.cityCode(), jurisdiction, EnumSet.copyOf(roles),
                privileges.length == 0 ? Set.of() : EnumSet.of(privileges[0], privileges));
    }

    /** A grid worker's report of {@code text} on {@code grid}, in the category given. */
    EventReported report(Actor actor, GridCode grid, EventCategory category, String text) {
        return eventService.report(actor, new ReportEventCommand(new EventIntake(grid, category, text, EventChannel.GRID_WORKER,
                new Reporter("王芳", Optional.empty()), Optional.empty(), List.of())));
    }
}
