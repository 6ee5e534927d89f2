package org.shizhi.domain.dispute.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/** Reads of disputes; every role; only inside the caller's jurisdiction (elsewhere: not found). */
public interface DisputeQuery {

    DisputeView dispute(Actor actor, DisputeId id);

    List<DisputeChange> timeline(Actor actor, DisputeId id);

    /** Disputes inside the area, in the state if given, newest first, a page after the request's position. */
    Slice<DisputeView> disputes(Actor actor, AreaCode area, Optional<DisputeState> state, PageRequest page);

    /** Open disputes past their deadline, earliest deadline first. */
    Slice<DisputeView> overdue(Actor actor, AreaCode area, PageRequest page);

    /** The dispute opened from a grid event: the event's side of the link. Not found if none was. */
    DisputeView ofGridEvent(Actor actor, GridEventId event);

    /** The dispute types of the caller's city. */
    List<DisputeType> types(Actor actor);
}
