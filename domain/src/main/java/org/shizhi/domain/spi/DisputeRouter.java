package org.shizhi.domain.spi;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.MediationCentre;

/**
 * Extension point (SPI 1.2): which of the candidate centres (those covering the dispute's community, lowest level
 * first) takes a new dispute. Must answer one of the candidates or none; must be thread-safe and must not fail.
 * The platform's default is {@link DefaultDisputeRouter}.
 */
@FunctionalInterface
public interface DisputeRouter {

    Optional<MediationCentre> route(DisputeFacts dispute, List<MediationCentre> candidates);
}
