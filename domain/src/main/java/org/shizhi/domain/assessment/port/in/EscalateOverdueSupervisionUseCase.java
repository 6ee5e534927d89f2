package org.shizhi.domain.assessment.port.in;

import java.util.List;
import java.util.UUID;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Permission;

/**
 * Escalates supervision tasks past their deadline without a report, each once in its life. Run by the platform's
 * background work as {@code Actor.system(city)} on every instance: the store's version check lets one writer escalate a
 * task, and the escalation it keeps stops every later run. Permission: {@link Permission#ESCALATE_OVERDUE}.
 */
public interface EscalateOverdueSupervisionUseCase {

    Run escalateOverdue(Actor actor, int limit);

    /** @param skipped tasks read as overdue but changed meanwhile (reported, or escalated by another instance) */
    record Run(List<SupervisionTask> escalated, List<UUID> skipped) {
        public Run {
            escalated = List.copyOf(escalated);
            skipped = List.copyOf(skipped);
        }
    }
}
