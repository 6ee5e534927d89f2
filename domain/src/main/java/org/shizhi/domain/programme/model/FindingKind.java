package org.shizhi.domain.programme.model;

/**
 * What a resident raised on a visit becomes: a grid event, a dispute opened at the dispute context's intake, or a
 * petition received by the law context.
 */
public enum FindingKind {
    /** A matter for the grid event flow (a hazard, a service request, a public-opinion signal). */
    GRID_EVENT,
    /** A dispute between residents (矛盾纠纷). */
    DISPUTE,
    /** A petition (信访) the resident makes to the cadre on the visit: received by the law context, channel VISIT. */
    PETITION
}
