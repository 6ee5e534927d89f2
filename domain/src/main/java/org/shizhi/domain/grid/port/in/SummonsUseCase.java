package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * 镇街吹哨、部门报到 (seed 003): a street summons named departments to an event it handles, and each reports within a
 * deadline in working hours or working days; each report's lateness is recorded. Versions and jurisdiction as in
 * {@link HandleEventUseCase}.
 */
public interface SummonsUseCase {

    /**
     * The street summons departments to an event that is CALLED, DISPATCHED or IN_PROGRESS. With no departments and no
     * deadline named, it summons those of the city's route for joint remediation, within that stage's deadline
     * (refused, naming the field, where the route has no such stage). Permission: {@link Permission#SUMMON_DEPARTMENTS}.
     */
    EventChanged summon(Actor actor, SummonDepartmentsCommand command);

    /**
     * A summoned department reports (arrived, or responded without coming), once per summons; late if after the
     * deadline, by how much. Permission: {@link Permission#SUMMON_DEPARTMENTS}.
     */
    EventChanged report(Actor actor, ReportToSummonsCommand command);

    record SummonDepartmentsCommand(GridEventId event, long expectedVersion, List<DepartmentCode> departments, ReportWithin within) {
        public SummonDepartmentsCommand {
            EventCommands.check(event, expectedVersion);
            departments = departments == null ? List.of() : List.copyOf(departments);
            // Both absent: the route's joint remediation (see SummonsUseCase#summon); one without the other is a mistake.
            if (departments.isEmpty() && within != null) {
                throw new InvalidValueException("departments", "summon at least one department, or name neither departments"
                        + " nor a deadline to summon those of the city's route");
            }
            if (within == null && !departments.isEmpty()) {
                throw new InvalidValueException("within", "a summons says within how many working hours or days to report");
            }
        }
    }

    record ReportToSummonsCommand(GridEventId event, long expectedVersion, SummonsId summons, DepartmentCode department,
                                  AnswerKind kind, String note) {
        public ReportToSummonsCommand {
            EventCommands.check(event, expectedVersion);
            if (summons == null) {
                throw new InvalidValueException("summons", "which summons is required");
            }
            if (department == null) {
                throw new InvalidValueException("department", "which department reports is required");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "say how the department reported (ARRIVED or RESPONDED)");
            }
        }
    }
}
