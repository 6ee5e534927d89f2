package org.shizhi.domain.grid.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventAction;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.Resolution;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.Verdict;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;

/**
 * A grid event as a reader sees it: everything but the reporter's personal data, which comes clear or masked by the
 * reader's privilege, plus the states it may go to next and the steps open to the reader ({@code version} is what a
 * change must name).
 */
public record GridEventView(GridEventId id, GridCode grid, EventCategory category, String text, EventChannel channel,
                            ReporterView reporter, Optional<Position> location, List<Attachment> attachments,
                            EventGrade grade, AdminLevel handlingLevel, EventState state, Set<EventState> next, Set<EventAction> actions,
                            Deadline deadline, boolean overdue, Instant reportedAt, List<DepartmentCode> dispatchedTo,
                            List<Summons> summonses, Optional<Resolution> resolution, Optional<Verdict> verdict,
                            Optional<String> rejectionReason, Optional<GridEventId> mergedInto, Optional<Instant> closedAt,
                            int escalations, long version) {

    /** The reporter's name and mobile, clear or masked. */
    public record ReporterView(String name, Optional<String> phone, boolean masked) {
    }

    /** The event as {@code reader} sees it: personal data as their privilege shows it, and the steps open to them. */
    public static GridEventView of(GridEvent event, Actor reader, Instant now) {
        PersonalData shown = PersonalData.shownAs(reader.mayReadPersonalData());
        var reporter = event.intake().reporter();
        return new GridEventView(event.id(), event.grid(), event.category(), event.text(), event.intake().channel(),
                new ReporterView(shown.name(reporter.name()), shown.phone(reporter.phone()), !shown.isClear()),
                event.intake().location(), event.intake().attachments(), event.grade(), event.handlingLevel(),
                event.state(), event.next(), EventAction.openTo(reader, event.next()), event.deadline(), event.isOverdue(now), event.reportedAt(),
                event.dispatchedTo(), event.summonses(), event.resolution(), event.verdict(), event.rejectionReason(),
                event.mergedInto(), event.closedAt(), event.escalations(), event.version());
    }
}
