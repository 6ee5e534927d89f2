package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Intake of a dispute: checked (type known in the city, the grid event visible and of the same community, parties
 * valid), routed to a centre by the city's policy, given its acceptance deadline. Permission: {@link Permission#OPEN_DISPUTE}; the community must lie in the
 * caller's jurisdiction.
 *
 * <p>An intake may carry a {@code reference}: the key under which another context (a night visit's finding) opens
 * it. Opening again with a reference already used answers the dispute opened under it, unchanged, instead of a second
 * one; that is what lets a caller that cannot share a transaction with the dispute context repeat its call safely.
 */
public interface OpenDisputeUseCase {

    DisputeChanged open(Actor actor, OpenDisputeCommand command);

    int MAX_REFERENCE_LENGTH = Dispute.MAX_REFERENCE_LENGTH;

    record OpenDisputeCommand(Dispute.Intake intake, java.util.Optional<String> reference) {
        public OpenDisputeCommand {
            if (intake == null) {
                throw new InvalidValueException("dispute", "the dispute to open is required");
            }
            reference = reference == null ? java.util.Optional.empty() : reference;
            if (reference.isPresent() && (reference.get().isBlank() || reference.get().length() > MAX_REFERENCE_LENGTH)) {
                throw new InvalidValueException("reference", "an intake reference is 1 to " + MAX_REFERENCE_LENGTH + " characters");
            }
        }

        /** An intake without a reference: each call opens a dispute. */
        public OpenDisputeCommand(Dispute.Intake intake) {
            this(intake, java.util.Optional.empty());
        }
    }
}
