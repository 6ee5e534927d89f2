package org.shizhi.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of an ordered list to read, by keyset: at most {@code limit} items after {@code after}, or from the
 * start. Read ports fetch {@code limit + 1} rows so that {@link Slice#of} knows whether more follow.
 */
public record PageRequest(Optional<Position> after, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    public static PageRequest after(Position position, int limit) {
        return new PageRequest(Optional.of(position), limit);
    }
}
