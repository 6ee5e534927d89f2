package org.shizhi.domain.programme.model;

/** What a resident raised on a visit becomes: a grid event, or a dispute opened at the dispute context's intake. */
public enum FindingKind {
    /** A matter for the grid event flow (a hazard, a service request, a public-opinion signal). */
    GRID_EVENT,
    /** A dispute between residents (矛盾纠纷). */
    DISPUTE
}
