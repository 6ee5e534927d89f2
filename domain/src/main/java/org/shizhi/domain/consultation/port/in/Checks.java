package org.shizhi.domain.consultation.port.in;

import org.shizhi.domain.shared.InvalidValueException;

/** The checks every command on a stored record shares: the record named, a version the caller read. */
final class Checks {

    private Checks() {
    }

    static void target(String field, Object id, long expectedVersion) {
        if (id == null) {
            throw new InvalidValueException(field, "the record to change is required");
        }
        if (expectedVersion < 1) {
            throw new InvalidValueException("expectedVersion", "the version read must be at least 1, got " + expectedVersion);
        }
    }
}
