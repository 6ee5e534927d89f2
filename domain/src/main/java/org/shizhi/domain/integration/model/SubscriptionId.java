package org.shizhi.domain.integration.model;

import java.util.Objects;
import java.util.UUID;

/** A webhook subscription's identifier. */
public record SubscriptionId(UUID value) {
    public SubscriptionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
