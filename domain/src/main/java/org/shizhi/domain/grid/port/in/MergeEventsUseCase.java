package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Merges a duplicate into its original: the duplicate is linked to the original and closed with the original's
 * outcome (its resolution if it has one), leaving its record for the case archive. The duplicate must be open; the
 * original must be of the same community, not rejected and not itself a duplicate. Permission: {@link Permission#MERGE_EVENTS}; both events in the caller's jurisdiction (else 404).
 */
public interface MergeEventsUseCase {

    EventChanged merge(Actor actor, MergeEventsCommand command);

    /** @param expectedVersion the duplicate's version */
    record MergeEventsCommand(GridEventId duplicate, long expectedVersion, GridEventId original) {
        public MergeEventsCommand {
            EventCommands.check(duplicate, expectedVersion);
            if (original == null) {
                throw new InvalidValueException("original", "which event the duplicate repeats is required");
            }
            if (original.equals(duplicate)) {
                throw new InvalidValueException("original", "an event cannot be merged into itself");
            }
        }
    }
}
