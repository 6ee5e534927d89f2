package org.shizhi.domain.dispute.model;

import java.util.Objects;

/** A dispute after a change, and the change as its timeline records it. */
public record DisputeTransition(Dispute dispute, DisputeChange change) {

    public DisputeTransition {
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(change, "change");
    }
}
