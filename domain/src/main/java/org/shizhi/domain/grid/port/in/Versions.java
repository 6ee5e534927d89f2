package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.InvalidValueException;

/** The check every command that changes a stored thing makes on the version it was based on. */
final class Versions {

    private Versions() {
    }

    static void check(long expectedVersion) {
        if (expectedVersion < 1) {
            throw new InvalidValueException("expectedVersion", "name the version the change is based on (1 or more), got "
                    + expectedVersion);
        }
    }
}
