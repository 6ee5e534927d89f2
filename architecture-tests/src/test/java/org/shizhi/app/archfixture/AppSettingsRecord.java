package org.shizhi.app.archfixture;

import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.port.out.DisputePolicies;
import org.shizhi.domain.shared.AreaCode;

/** Allowed: settings as a record that answers a port with what the configuration says (as DisputeSettings does). */
public record AppSettingsRecord(DisputePolicy policy) implements DisputePolicies {

    @Override
    public DisputePolicy of(AreaCode city) {
        return policy;
    }
}
