package org.shizhi.domain.dispute.port.in;

import org.shizhi.domain.dispute.model.DisputeChange;

/** The dispute after a change, and the change as its timeline records it. */
public record DisputeChanged(DisputeView dispute, DisputeChange change) {
}
