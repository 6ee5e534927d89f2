package org.shizhi.domain.dispute.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute stands:
 * <pre>
 * OPENED (routed to a centre) ─accept─► ACCEPTED ─session─► IN_MEDIATION ─outcome─► CONCLUDED ─close─► CLOSED
 *    └─────────────── withdrawal ────────────┴──────────────────┘     │                            │
 *                                                          follow-up RELAPSED ◄────────────────────┘
 *                                                                     ▼
 *                                                                 REOPENED ─session─► IN_MEDIATION …
 * </pre>
 * Escalation to the centre one level up and a change of channel keep the state.
 */
public enum DisputeState {
    OPENED, ACCEPTED, IN_MEDIATION, CONCLUDED, CLOSED, REOPENED;

    /** The states in which mediation goes on: sessions, consultation, an outcome. */
    public static final Set<DisputeState> MEDIATING = EnumSet.of(ACCEPTED, IN_MEDIATION, REOPENED);

    /** Not yet concluded: a deadline runs and escalation applies. */
    public boolean isOpen() {
        return this == OPENED || MEDIATING.contains(this);
    }
}
