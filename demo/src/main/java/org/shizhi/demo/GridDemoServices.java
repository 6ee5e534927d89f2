package org.shizhi.demo;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.shizhi.domain.grid.port.in.GridQuery;
import org.shizhi.domain.grid.port.in.HandleEventUseCase;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase;
import org.shizhi.domain.grid.port.in.SummonsUseCase;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The grid context's use cases the demo data goes through, nothing else: it never writes a repository itself.
 *
 * @param grids     draws the grids (as each city's system admin)
 * @param staff     puts workers, instructors and building heads on them
 * @param registers registers dwellings, residents and organisations
 * @param query     tells whether the demo grids are there already (then nothing is loaded)
 * @param calendar  the work calendar the event services count with: a load whose weeks it does not cover is not begun
 * @param eventsAt  the event services running on a given clock. The loader calls it once for each city, with a clock
 *                  of the city's own that it sets before each command, so that an event can be reported weeks ago,
 *                  handled days later and be overdue now: the services must read the clock on every command (as
 *                  {@link GridEventService} does). The two cities are loaded on two threads; the services are
 *                  dropped when the load returns.
 */
public record GridDemoServices(ManageGridsUseCase grids, StaffGridsUseCase staff, KeepRegistersUseCase registers,
                               GridQuery query, WorkCalendar calendar, Function<Clock, EventServices> eventsAt,
                               java.util.Optional<org.shizhi.domain.grid.port.in.RecordTrainingUseCase> training) {

    public GridDemoServices(ManageGridsUseCase grids, StaffGridsUseCase staff, KeepRegistersUseCase registers, GridQuery query,
                            WorkCalendar calendar, Function<Clock, EventServices> eventsAt) {
        this(grids, staff, registers, query, calendar, eventsAt, java.util.Optional.empty());
    }

    /** These services recording grid workers' training attendance (网格员培训) as they staff the grids. */
    public GridDemoServices withTraining(org.shizhi.domain.grid.port.in.RecordTrainingUseCase recordTraining) {
        return new GridDemoServices(grids, staff, registers, query, calendar, eventsAt, java.util.Optional.of(recordTraining));
    }

    public GridDemoServices {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(eventsAt, "eventsAt");
        training = training == null ? java.util.Optional.empty() : training;
    }

    /** The event use cases of one clock. */
    public record EventServices(ReportEventUseCase report, HandleEventUseCase handle, SummonsUseCase summons,
                                MergeEventsUseCase merge) {

        public EventServices {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(summons, "summons");
            Objects.requireNonNull(merge, "merge");
        }

        /** All four from one service that implements them, such as {@link GridEventService}. */
        public static <S extends ReportEventUseCase & HandleEventUseCase & SummonsUseCase & MergeEventsUseCase> EventServices of(S service) {
            return new EventServices(service, service, service, service);
        }
    }

    /**
     * The services as the platform builds them: e.g. {@code GridDemoServices.of(gridService, registerService, calendar,
     * clock -> new GridEventService(grids, events, grading, routing, calendar, clock))}.
     */
    public static GridDemoServices of(GridService gridService, RegisterService registerService, WorkCalendar calendar,
                                      Function<Clock, GridEventService> eventServiceAt) {
        Objects.requireNonNull(eventServiceAt, "eventServiceAt");
        return new GridDemoServices(gridService, gridService, registerService, gridService, calendar,
                clock -> EventServices.of(eventServiceAt.apply(clock)));
    }
}
