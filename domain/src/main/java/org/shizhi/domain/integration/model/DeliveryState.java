package org.shizhi.domain.integration.model;

/** Where a delivery stands: waiting for its (next) attempt, acknowledged with a 2xx, or given up on (parked). */
public enum DeliveryState {
    PENDING, DELIVERED, PARKED
}
