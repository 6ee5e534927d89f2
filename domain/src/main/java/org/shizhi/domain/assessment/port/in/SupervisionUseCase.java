package org.shizhi.domain.assessment.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.model.SupervisionTask.Evidence;
import org.shizhi.domain.assessment.model.SupervisionTask.Verdict;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Slice;

/**
 * 督查督办: a supervisor who answers for a published notice's area opens a task for a unit it criticised
 * ({@link Permission#OPEN_SUPERVISION_TASK}); the unit's own staff report the rectification
 * ({@link Permission#REPORT_RECTIFICATION}: the caller answering for exactly the unit's area, or a department's staff for
 * their department); the supervisor verifies it ({@link Permission#VERIFY_RECTIFICATION}: answering for the notice's
 * area, never the one who reported). Reads: {@link Permission#READ_SUPERVISION_TASKS}; a department's staff never read
 * another department's tasks. A task outside the caller's jurisdiction is not found.
 */
public interface SupervisionUseCase {

    SupervisionTask open(Actor actor, OpenTask command);

    SupervisionTask report(Actor actor, ReportRectification command);

    SupervisionTask verify(Actor actor, VerifyRectification command);

    SupervisionTask task(Actor actor, UUID id);

    /** Tasks whose unit lies inside {@code area}, newest opened first. */
    Slice<SupervisionTask> tasks(Actor actor, AreaCode area, SupervisionFilter filter, PageRequest page);

    /** Tasks inside {@code area} whose unit owes a report past its deadline, earliest deadline first. */
    Slice<SupervisionTask> overdue(Actor actor, AreaCode area, PageRequest page);

    /** The unit criticised in the notice, what it is to rectify, the indicators addressed, the deadline in working days. */
    record OpenTask(UUID notice, String unit, String issue, List<String> indicators, int workingDays) {
        public OpenTask {
            if (notice == null) {
                throw new InvalidValueException("notice", "required");
            }
            if (unit == null || unit.isBlank()) {
                throw new InvalidValueException("unit", "the unit criticised is required");
            }
            if (indicators != null && indicators.stream().anyMatch(i -> i == null || i.isBlank())) {
                throw new InvalidValueException("indicators", "an indicator is named by its id, e.g. event-closure-rate");
            }
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            SupervisionTask.workingDays("workingDays", workingDays);
        }
    }

    /** The rectification of the task at the version the caller read: what was done, with its evidence. */
    record ReportRectification(UUID task, long version, String account, List<Evidence> evidence) {
        public ReportRectification {
            if (task == null) {
                throw new InvalidValueException("task", "required");
            }
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** The supervisor's verdict; sending back needs the reason and a new deadline in working days. */
    record VerifyRectification(UUID task, long version, Verdict verdict, Optional<String> reason, Optional<Integer> workingDays) {
        public VerifyRectification {
            if (task == null) {
                throw new InvalidValueException("task", "required");
            }
            if (verdict == null) {
                throw new InvalidValueException("verdict", "ACCEPTED or SENT_BACK");
            }
            reason = reason == null ? Optional.empty() : reason;
            workingDays = workingDays == null ? Optional.empty() : workingDays;
            if (verdict == Verdict.SENT_BACK) {
                if (reason.isEmpty() || reason.get().isBlank()) {
                    throw new InvalidValueException("reason", "a rectification sent back says why");
                }
                SupervisionTask.workingDays("workingDays", workingDays.orElseThrow(() ->
                        new InvalidValueException("workingDays", "a rectification sent back gets a new deadline in working days")));
            } else if (workingDays.isPresent()) {
                throw new InvalidValueException("workingDays", "an accepted rectification needs no new deadline");
            }
        }
    }
}
