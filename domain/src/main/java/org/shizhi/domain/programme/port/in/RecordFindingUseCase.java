package org.shizhi.domain.programme.port.in;

import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.port.in.ReportEventUseCase.EventReported;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * 平安夜访: what a resident raised on a visit becomes a grid event on the visited grid, reported by the resident
 * (channel RESIDENT), and is recorded on the task. Roles: those that report grid events ({@code GRID_WORKER},
 * {@code COMMUNITY_STAFF}, {@code INTEGRATOR}), inside their jurisdiction.
 */
public interface RecordFindingUseCase {

    EventReported recordFinding(Actor actor, RecordFindingCommand command);

    record RecordFindingCommand(VisitTaskId task, FindingKind kind, EventCategory category, String text, Reporter resident) {
        public RecordFindingCommand {
            if (task == null || kind == null || category == null || resident == null) {
                throw new InvalidValueException("finding", "a finding names its task, kind, category and the resident who raised it");
            }
            if (kind == FindingKind.DISPUTE && category != EventCategory.DISPUTE) {
                throw new InvalidValueException("category", "a DISPUTE finding has category DISPUTE, not " + category);
            }
        }
    }
}
