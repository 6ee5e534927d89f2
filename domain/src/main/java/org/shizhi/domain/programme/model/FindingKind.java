package org.shizhi.domain.programme.model;

/**
 * What a resident raised on a visit becomes. Both become grid events today. The seam for the dispute context: a
 * {@link #DISPUTE} finding is reported as a grid event of category DISPUTE until dispute intake exists, and is the one
 * place to send it there instead.
 */
public enum FindingKind {
    /** A matter for the grid event flow (a hazard, a service request, a public-opinion signal). */
    GRID_EVENT,
    /** A dispute between residents (矛盾纠纷). */
    DISPUTE
}
