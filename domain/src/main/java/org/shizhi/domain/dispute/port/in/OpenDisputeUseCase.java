package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Intake of a dispute: checked (type known in the city, the grid event visible and of the same community, parties
 * valid), routed to a centre by the city's policy, given its acceptance deadline. Roles: {@code GRID_WORKER},
 * {@code COMMUNITY_STAFF}, {@code STREET_OFFICER}, {@code MEDIATOR}, {@code INTEGRATOR}; the community must lie in the
 * caller's jurisdiction.
 */
public interface OpenDisputeUseCase {

    DisputeChanged open(Actor actor, OpenDisputeCommand command);

    record OpenDisputeCommand(Dispute.Intake intake) {
        public OpenDisputeCommand {
            if (intake == null) {
                throw new InvalidValueException("dispute", "the dispute to open is required");
            }
        }
    }
}
