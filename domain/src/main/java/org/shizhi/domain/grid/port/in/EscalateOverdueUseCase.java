package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Actor;

/**
 * Escalates overdue events one level (community → street → district → city), each with a new deadline, and records
 * it on the timeline. Run by the platform's scheduler as {@code Actor.system(city)}, for each city, on every
 * instance: the repository's claim makes each escalation happen once. Permission: {@link Permission#ESCALATE_OVERDUE}; the events are
 * those inside the caller's jurisdiction.
 */
public interface EscalateOverdueUseCase {

    /** Escalates up to {@code limit} (1–1000) of the overdue events in the caller's jurisdiction. */
    EscalationRun escalateOverdue(Actor actor, int limit);

    /**
     * @param escalated what was escalated
     * @param skipped   claimed events that changed between the claim and the escalation (resolved meanwhile, say):
     *                  left alone, to be claimed again if still overdue
     */
    record EscalationRun(List<GridEventChange.Escalated> escalated, List<GridEventId> skipped) {
        public EscalationRun {
            escalated = List.copyOf(escalated);
            skipped = List.copyOf(skipped);
        }
    }
}
