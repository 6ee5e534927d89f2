package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.InvalidValueException;

/** The part every command on one event checks: which event, and the version the change is based on. */
final class EventCommands {

    private EventCommands() {
    }

    static void check(GridEventId event, long expectedVersion) {
        if (event == null) {
            throw new InvalidValueException("event", "which event is required");
        }
        Versions.check(expectedVersion);
    }
}
