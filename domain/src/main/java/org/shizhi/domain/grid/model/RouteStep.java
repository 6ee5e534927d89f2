package org.shizhi.domain.grid.model;

import java.util.List;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * One stage of an {@link EventRoute}: who is called or dispatched, and within how long they must act.
 *
 * @param departments the departments the stage names; empty where the people handling it name them (the platform's
 *                    default: the street chooses whom it dispatches or summons)
 * @param within      how long the stage may take: working hours or working days
 */
@PublishedModel
public record RouteStep(RouteStage stage, List<DepartmentCode> departments, ReportWithin within) {

    public RouteStep {
        if (stage == null || within == null) {
            throw new InvalidValueException("route.step", "a route step names its stage and within how long it is done");
        }
        departments = departments == null || departments.isEmpty() ? List.of() : Summons.distinctDepartments(departments);
        if (stage == RouteStage.COMMUNITY_HANDLES && !departments.isEmpty()) {
            throw new InvalidValueException("route.step.departments", "the community handles an event itself; it names no departments");
        }
    }

    public static RouteStep of(RouteStage stage, ReportWithin within, DepartmentCode... departments) {
        return new RouteStep(stage, List.of(departments), within);
    }
}
