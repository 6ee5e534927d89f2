package org.shizhi.domain.spi;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.CentreRouting;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.MediationCentre;

/**
 * The platform's routing: by risk, LOW to the community's centre, MEDIUM the street's, HIGH the district's, CRITICAL
 * the city's (petition backlog cases at least the district), the lowest such centre that takes the type
 * ({@link CentreRouting#standard}).
 */
public final class DefaultDisputeRouter implements DisputeRouter {

    @Override
    public Optional<MediationCentre> route(DisputeFacts dispute, List<MediationCentre> candidates) {
        return CentreRouting.standard(dispute, candidates);
    }
}
