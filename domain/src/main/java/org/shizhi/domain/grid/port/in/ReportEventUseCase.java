package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.grid.model.DuplicateSuggestion;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Intake of a grid event (社区发现) from a grid worker, a resident or the 12345 hotline. Permission: {@link Permission#REPORT_EVENT} (the hotline's and the residents' apps' systems); the grid must lie in
 * the caller's jurisdiction (else 404, as for an unknown grid).
 *
 * <p>The event is graded on intake by the city's grader; the grade sets the level that must handle it, and grade
 * and category set the deadline in working days. Open events of the same community (the same or an adjacent grid)
 * reported in the last 7 days whose text is similar come back as possible duplicates; nothing is merged without a
 * person deciding.
 */
public interface ReportEventUseCase {

    EventReported report(Actor actor, ReportEventCommand command);

    /**
     * @param id the id to report under, for a caller that may report the same thing again after a failure of its own
     *           (see {@link org.shizhi.domain.grid.model.GridEventId#ofReference}): when an event with that id exists
     *           and says the same, it is answered instead of a new one (with no duplicate suggestions), and when it says
     *           something else the report is refused as a conflict. Empty: a new id.
     */
    record ReportEventCommand(EventIntake intake, Optional<GridEventId> id) {
        public ReportEventCommand {
            if (intake == null) {
                throw new InvalidValueException("intake", "what is reported is required");
            }
            id = id == null ? Optional.empty() : id;
        }

        public ReportEventCommand(EventIntake intake) {
            this(intake, Optional.empty());
        }
    }

    /** The new event, the report as its first timeline entry, and possible duplicates, most similar first. */
    record EventReported(GridEventView event, GridEventChange.Reported change, List<DuplicateSuggestion> possibleDuplicates) {
        public EventReported {
            possibleDuplicates = List.copyOf(possibleDuplicates);
        }
    }
}
