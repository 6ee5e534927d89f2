package org.shizhi.domain.dispute.model;

import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The counts behind the assessment's dispute indicators for one area, over the disputes opened inside it in a period,
 * counted by the store for every area of a level at once: opened, concluded, concluded with an agreement, agreements
 * followed up at least once, agreements that relapsed at least once.
 */
@PublishedModel
public record DisputeTally(AreaCode area, int opened, int concluded, int agreements, int agreementsFollowedUp,
                           int agreementsRelapsed) {

    public DisputeTally {
        Objects.requireNonNull(area, "area");
    }
}
