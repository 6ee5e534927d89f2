package org.shizhi.domain.campaign.model;

import java.util.Map;
import org.shizhi.domain.shared.AreaCode;

/**
 * The wedding reform in one area (a community, as registered): weddings registered, how many used each service, and of
 * those followed up how many kept their simplicity pledges and how many broke them.
 */
public record WeddingAreaReport(AreaCode area, long weddings, Map<WeddingService, Long> servicesUsed, long followedUp,
                                long pledgesKept, long pledgesBroken) {

    public WeddingAreaReport {
        servicesUsed = Map.copyOf(servicesUsed);
        if (pledgesKept + pledgesBroken != followedUp) {
            throw new IllegalArgumentException("kept and broken pledges add up to those followed up");
        }
    }
}
