package org.shizhi.domain.dispute.port.out;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.shared.AreaCode;

/**
 * Which centre takes a new dispute: the city's plugin policy, else the platform's ({@code CentreRouting.standard}).
 * The answer must be one of the candidates. Contract: {@code DisputeRoutingContract}.
 */
public interface DisputeRouting {

    Optional<MediationCentre> route(AreaCode city, DisputeFacts facts, List<MediationCentre> candidates);
}
