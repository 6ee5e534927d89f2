package org.shizhi.adapters.rest.grid;



import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Disclosures;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.archive.port.out.InMemoryAuditLog;
import org.shizhi.domain.archive.service.AuditService;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.InMemoryAreaRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridEventRepository;
import org.shizhi.domain.grid.port.out.InMemoryGridRepository;
import org.shizhi.domain.grid.port.out.InMemoryRegisterRepository;
import org.shizhi.domain.grid.port.out.KeywordEventGrading;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.grid.service.WeeklyDigestService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.grid.port.out.PlatformEventRouting;
import org.shizhi.domain.grid.port.out.GridRules;

/**
 * The REST resources over the domain's services and in-memory repositories, called directly as Jersey would call
 * them, with a caller that a test switches: 锦江区 of Chengdu (总府路社区 and 红星社区 of 春熙路街道) and 湛江's 金沙湾社区.
 */
final class RestWorld {

    static final AreaCode CHENGDU = AreaCode.of("510100");
    static final AreaCode ZONGFU = AreaCode.of("510104022001");
    static final AreaCode HONGXING = AreaCode.of("510104022002");
    static final AreaCode CHUNXI_ROAD = AreaCode.of("510104022000");
    static final AreaCode JINSHAWAN = AreaCode.of("440802005002");


    /** A caller whose actor the test sets. */
    static final class TestCaller extends Caller {
        Actor actor;

        TestCaller() {
            super(null);
        }

        @Override
        public Actor actor() {
            return actor;
        }
    }

    /** Stands still until a test moves it; Friday 2025-09-26 10:00 in China. */
    final TestClock clock = new TestClock(SampleEvents.china("2025-09-26T10:00"));
    final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    final InMemoryGridRepository gridRepository = new InMemoryGridRepository();
    final InMemoryRegisterRepository registerRepository = new InMemoryRegisterRepository();
    final InMemoryGridEventRepository eventRepository = new InMemoryGridEventRepository();
    final GridService gridService = new GridService(areas, gridRepository, registerRepository, GridRules.NONE);
    final RegisterService registerService = new RegisterService(gridRepository, registerRepository, GridRules.NONE);
    final GridEventService eventService = new GridEventService(gridRepository, eventRepository, new KeywordEventGrading(),
            new PlatformEventRouting(), SampleEvents.calendar(), clock);
    final WeeklyDigestService digestService = new WeeklyDigestService(eventRepository, areas, clock);
    final TestCaller caller = new TestCaller();

    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final Disclosures disclosures = new Disclosures(new AuditService(auditLog, clock), caller);

    final org.shizhi.domain.grid.service.TrainingService trainingService = new org.shizhi.domain.grid.service.TrainingService(
            gridRepository, new org.shizhi.domain.grid.port.out.InMemoryTrainingRecords(), clock);
    final GridsResource grids = new GridsResource(gridService, gridService, gridService, caller, disclosures, trainingService,
            trainingService);
    final RegistersResource registers = new RegistersResource(registerService, registerService, caller, disclosures);
    final EventsResource events = new EventsResource(eventService, eventService, eventService, eventService, eventService, eventService, caller,
            disclosures);
    final DigestsResource digests = new DigestsResource(digestService,
            new org.shizhi.domain.grid.service.EventStateWeeksService(eventRepository, clock), caller, clock);

    RestWorld() {
        areas.addAll(List.of(new Area(CHENGDU, "成都市"), new Area(AreaCode.of("510104"), "锦江区"),
                new Area(CHUNXI_ROAD, "春熙路街道"), new Area(ZONGFU, "总府路社区"), new Area(HONGXING, "红星社区"),
                new Area(AreaCode.of("440800"), "湛江市"), new Area(AreaCode.of("440802"), "赤坎区"),
                new Area(AreaCode.of("440802005000"), "沙湾街道"), new Area(JINSHAWAN, "金沙湾社区")));
    }

    /** Acts as someone of Chengdu answering for {@code jurisdiction} with one role, optionally for a department. */
    RestWorld as(AreaCode jurisdiction, Role role, Privilege... privileges) {
        return as(jurisdiction, role, Optional.empty(), privileges);
    }

    RestWorld as(AreaCode jurisdiction, Role role, Optional<String> department, Privilege... privileges) {
        caller.actor = new Actor(role.name().toLowerCase(java.util.Locale.ROOT), jurisdiction.cityCode(), jurisdiction,
                Set.of(role), privileges.length == 0 ? Set.of() : EnumSet.of(privileges[0], privileges), department);
        return this;
    }
}
