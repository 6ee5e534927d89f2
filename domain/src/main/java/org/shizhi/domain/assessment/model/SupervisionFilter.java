package org.shizhi.domain.assessment.model;

import java.util.Optional;
import java.util.UUID;

/**
 * Which supervision tasks a list holds: of a state, from a notice; for a department's staff ({@code department}), the
 * areas' tasks and their own department's, never another department's or a grid worker's; for a grid worker reading as
 * such ({@code worker}, their grid member id), their own tasks only.
 */
public record SupervisionFilter(Optional<SupervisionTask.State> state, Optional<UUID> notice, Optional<String> department,
                                Optional<String> worker) {

    public static final SupervisionFilter ALL = new SupervisionFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SupervisionFilter {
        state = state == null ? Optional.empty() : state;
        notice = notice == null ? Optional.empty() : notice;
        department = department == null ? Optional.empty() : department;
        worker = worker == null ? Optional.empty() : worker;
    }

    /** A filter read by anyone but a grid worker reading as such. */
    public SupervisionFilter(Optional<SupervisionTask.State> state, Optional<UUID> notice, Optional<String> department) {
        this(state, notice, department, Optional.empty());
    }

    /** The same filter as a department's staff read it. */
    public SupervisionFilter forDepartment(String code) {
        return new SupervisionFilter(state, notice, Optional.of(code), Optional.empty());
    }

    /** The same filter as a grid worker reads it: their own tasks. */
    public SupervisionFilter forWorker(String member) {
        return new SupervisionFilter(state, notice, Optional.empty(), Optional.of(member));
    }

    /** An area's task or their own, for a department's staff. */
    public static boolean visibleTo(Optional<String> department, SupervisionTask task) {
        return visibleTo(department, Optional.empty(), task);
    }

    /** An area's task or their own, for a department's staff; their own, for a grid worker. */
    public static boolean visibleTo(Optional<String> department, Optional<String> worker, SupervisionTask task) {
        IndicatorDefinition.Subject subject = task.unit().subject();
        boolean departmentSees = department.isEmpty() || subject == IndicatorDefinition.Subject.AREA
                || subject == IndicatorDefinition.Subject.DEPARTMENT && department.get().equals(task.unit().key());
        boolean workerSees = worker.isEmpty()
                || subject == IndicatorDefinition.Subject.GRID_WORKER && worker.get().equals(task.unit().key());
        return departmentSees && workerSees;
    }

    public boolean matches(SupervisionTask task) {
        return state.map(s -> s == task.state()).orElse(true) && notice.map(n -> n.equals(task.notice())).orElse(true)
                && visibleTo(department, worker, task);
    }
}
