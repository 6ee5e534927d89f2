package org.shizhi.domain.assessment.model;

import java.util.Optional;
import java.util.UUID;

/** Which supervision tasks a list holds: of a state, from a notice, of one unit (a department's staff read their own). */
public record SupervisionFilter(Optional<SupervisionTask.State> state, Optional<UUID> notice, Optional<String> unit) {

    public static final SupervisionFilter ALL = new SupervisionFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public SupervisionFilter {
        state = state == null ? Optional.empty() : state;
        notice = notice == null ? Optional.empty() : notice;
        unit = unit == null ? Optional.empty() : unit;
    }

    public SupervisionFilter ofUnit(String key) {
        return new SupervisionFilter(state, notice, Optional.of(key));
    }

    public boolean matches(SupervisionTask task) {
        return state.map(s -> s == task.state()).orElse(true) && notice.map(n -> n.equals(task.notice())).orElse(true)
                && unit.map(u -> u.equals(task.unit().key())).orElse(true);
    }
}
