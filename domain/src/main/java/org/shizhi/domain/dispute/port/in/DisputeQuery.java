package org.shizhi.domain.dispute.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Page;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/** Reads of disputes; every role; only inside the caller's jurisdiction (elsewhere: not found). */
public interface DisputeQuery {

    DisputeView dispute(Actor actor, DisputeId id);

    List<DisputeChange> timeline(Actor actor, DisputeId id);

    List<DisputeView> disputes(Actor actor, AreaCode area, Optional<DisputeState> state, Page page);

    /** Open disputes past their deadline, earliest deadline first. */
    List<DisputeView> overdue(Actor actor, AreaCode area, Page page);

    /** The dispute opened from a grid event: the event's side of the link. Not found if none was. */
    DisputeView ofGridEvent(Actor actor, GridEventId event);

    /** The dispute types of the caller's city. */
    List<DisputeType> types(Actor actor);
}
