package org.shizhi.domain.assessment.model;

import java.util.Optional;
import java.util.UUID;

/**
 * Which supervision tasks a list holds: of a state, from a notice; for a department's staff ({@code department}), the
 * areas' tasks and their own department's, never another department's.
 */
public record SupervisionFilter(Optional<SupervisionTask.State> state, Optional<UUID> notice, Optional<String> department) {

    public static final SupervisionFilter ALL = new SupervisionFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SupervisionFilter {
        state = state == null ? Optional.empty() : state;
        notice = notice == null ? Optional.empty() : notice;
        department = department == null ? Optional.empty() : department;
    }

    /** The same filter as a department's staff read it. */
    public SupervisionFilter forDepartment(String code) {
        return new SupervisionFilter(state, notice, Optional.of(code));
    }

    /** Not another department's task, for a department's staff. */
    public static boolean visibleTo(Optional<String> department, SupervisionTask task) {
        return department.isEmpty() || task.unit().subject() != IndicatorDefinition.Subject.DEPARTMENT
                || department.get().equals(task.unit().key());
    }

    public boolean matches(SupervisionTask task) {
        return state.map(s -> s == task.state()).orElse(true) && notice.map(n -> n.equals(task.notice())).orElse(true)
                && visibleTo(department, task);
    }
}
