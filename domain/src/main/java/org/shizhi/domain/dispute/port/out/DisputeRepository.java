package org.shizhi.domain.dispute.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeBreakdown;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * Where disputes, their timelines and the dispute archive outbox are kept. "Inside an area": the dispute's community
 * code starts with the area's prefix. Contract: {@code DisputeRepositoryContract}.
 */
public interface DisputeRepository {

    /**
     * Writes one change in one transaction: the dispute (inserted when new, else replaced if the stored version is
     * the expected one), its timeline entry appended, the archive record put in the outbox when there is one; ends
     * any escalation claim.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException if the stored version is not the expected one (or a new
     *         dispute's id, grid event or intake reference is taken); nothing is written then
     */
    void save(DisputeWrite write);

    Optional<Dispute> find(DisputeId id);

    /** The dispute opened from this grid event, if one was. */
    Optional<Dispute> ofGridEvent(GridEventId event);

    /** The dispute opened under this intake reference, if one was. */
    Optional<Dispute> ofIntakeReference(String reference);

    /** Oldest first, in the order appended; empty for an unknown dispute. */
    List<DisputeChange> timeline(DisputeId id);

    /**
     * Disputes inside the area, in the state if given, newest first (ids ascending on ties): the page after the
     * request's position ({@link #openedPosition}), the state applied in the query.
     */
    Slice<Dispute> within(AreaCode area, Optional<DisputeState> state, PageRequest page);

    /** A dispute's place in {@link #within}: when it was opened, then its id. */
    static Position openedPosition(Dispute dispute) {
        return Position.of(dispute.openedAt(), dispute.id().value());
    }

    /**
     * Open disputes inside the area whose deadline passed at or before {@code now}, earliest deadline first (ids
     * ascending on ties): the page after the request's position ({@link #deadlinePosition}).
     */
    Slice<Dispute> overdue(AreaCode area, Instant now, PageRequest page);

    /** A dispute's place in {@link #overdue}: the instant its deadline passes, then its id. */
    static Position deadlinePosition(Dispute dispute) {
        return Position.of(dispute.deadline().passesAt(), dispute.id().value());
    }

    /**
     * Claims overdue open disputes inside the area for escalation, earliest deadline first, at most {@code limit},
     * until {@code now + lease}: concurrent callers (in one process or several sharing the database) get disjoint
     * sets; a claim ends when the dispute is saved or its lease runs out.
     */
    List<Dispute> claimOverdue(AreaCode area, Instant now, Duration lease, int limit);

    /** Disputes inside the area opened in [{@code from}, {@code to}): what the figures count. */
    List<Dispute> openedWithin(AreaCode area, Instant from, Instant to);

    /**
     * The disputes inside {@code within} opened in [{@code from}, {@code to}), counted for every area of {@code level}
     * they lie in, one row per area with anything opened, in code order: one aggregate, never the rows.
     */
    List<DisputeTally> tallies(AreaCode within, AdminLevel level, Instant from, Instant to);

    /**
     * The disputes inside {@code area} opened in [{@code from}, {@code to}), counted by type (its code, and its label as
     * stored with the disputes: the greatest if it changed), largest count first then code: one grouped read, never the rows.
     */
    List<DisputeBreakdown.TypeCount> countByType(AreaCode area, Instant from, Instant to);

    /** The same disputes counted by the mediation channel they stand in, largest count first then channel. */
    List<DisputeBreakdown.ChannelCount> countByChannel(AreaCode area, Instant from, Instant to);
}
