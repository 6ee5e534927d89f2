package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What a closed event leaves for the case archive ({@code CaseRecord}): frozen at the close, written to the outbox
 * in the same transaction. It holds what an auditor searches for, and no personal data of the reporter (name and
 * mobile stay with the event): the text is kept, being the substance of the case.
 *
 * @param resolution   how it was handled; for a merged duplicate, the original's resolution if it had one then
 * @param satisfaction the reporter's verdict, absent for a merged duplicate
 * @param mergedInto   for a merged duplicate, the original whose outcome it shares
 */
@PublishedModel
public record ClosedEventRecord(GridEventId eventId, GridCode grid, AreaCode community, EventCategory category,
                                String gradeCode, String gradeLabel, AdminLevel handlingLevel, EventChannel channel,
                                String text, Instant reportedAt, Instant closedAt, Optional<String> resolution,
                                OptionalInt satisfaction, Optional<String> comment, Optional<GridEventId> mergedInto,
                                int escalations, long version) {

    public ClosedEventRecord {
        if (eventId == null || grid == null || community == null || category == null || gradeCode == null
                || handlingLevel == null || channel == null || text == null || reportedAt == null || closedAt == null) {
            throw new InvalidValueException("record", "a closed event record is complete or not made");
        }
        Objects.requireNonNull(gradeLabel, "gradeLabel");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(mergedInto, "mergedInto");
    }

    /** The record of an event that is CLOSED. */
    public static ClosedEventRecord of(GridEvent closed) {
        if (closed.state() != EventState.CLOSED) {
            throw new InvalidValueException("state", "only a CLOSED event leaves a record for the archive; event "
                    + closed.id() + " is " + closed.state());
        }
        return new ClosedEventRecord(closed.id(), closed.grid(), closed.community(), closed.category(), closed.grade().code(),
                closed.grade().label(), closed.handlingLevel(), closed.intake().channel(), closed.text(), closed.reportedAt(),
                closed.closedAt().orElseThrow(), closed.resolution().map(Resolution::text),
                closed.mergedInto().isPresent() || closed.verdict().isEmpty()
                        ? OptionalInt.empty() : OptionalInt.of(closed.verdict().get().satisfaction()),
                closed.mergedInto().isPresent() ? Optional.empty() : closed.verdict().map(Verdict::comment),
                closed.mergedInto(), closed.escalations(), closed.version());
    }
}
