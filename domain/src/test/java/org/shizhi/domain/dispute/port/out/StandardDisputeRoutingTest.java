package org.shizhi.domain.dispute.port.out;

import org.shizhi.domain.dispute.model.CentreRouting;

/** The platform's routing as the domain's tests wire it: {@link CentreRouting#standard} in every city. */
class StandardDisputeRoutingTest extends DisputeRoutingContract {

    @Override
    protected DisputeRouting routing() {
        return (city, facts, candidates) -> CentreRouting.standard(facts, candidates);
    }
}
