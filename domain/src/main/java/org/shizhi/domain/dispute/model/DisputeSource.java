package org.shizhi.domain.dispute.model;

import org.shizhi.domain.shared.PublishedModel;

/** Where a dispute came in. */
@PublishedModel
public enum DisputeSource {
    /** Opened from a grid event, which it names (and which shows the dispute). */
    GRID_EVENT,
    WALK_IN,
    HOTLINE,
    /** 诉前委派: a court refers the case to mediation before litigation. */
    COURT_REFERRAL,
    /** 信访: a petition. */
    PETITION,
    /** 平安夜访: raised during a cadres' night visit (seed 003). */
    NIGHT_VISIT
}
