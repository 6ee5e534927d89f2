package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.shared.Actor;

/**
 * Escalates overdue disputes to the centre one level up, each with a new deadline, recorded on the timeline. Run by the
 * platform's housekeeping as {@code Actor.system(city)} on every instance; the repository's claim makes each escalation
 * happen once. Permission: {@link Permission#ESCALATE_OVERDUE}.
 */
public interface EscalateOverdueDisputesUseCase {

    Run escalateOverdue(Actor actor, int limit);

    /**
     * @param skipped claimed disputes changed meanwhile, or with no centre above: left alone
     */
    record Run(List<DisputeChange> escalated, List<DisputeId> skipped) {
        public Run {
            escalated = List.copyOf(escalated);
            skipped = List.copyOf(skipped);
        }
    }
}
