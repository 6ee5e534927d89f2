package org.shizhi.domain.dispute.port.out;

import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.shared.AreaCode;

/** Each city's dispute deadlines (its settings, or the platform's standard). */
public interface DisputePolicies {

    DisputePolicy of(AreaCode city);
}
