package org.shizhi.domain.shared;

/** Which slice of an ordered list to read: skip {@code offset} items, then at most {@code limit}. */
public record Page(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public Page {
        if (offset < 0) {
            throw new InvalidValueException("offset", "offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static Page first(int limit) {
        return new Page(0, limit);
    }
}
