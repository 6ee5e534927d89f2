package org.shizhi.domain.law.model;

/** What the review of an enforcement-supervision complaint found about the agency's act. */
public enum ReviewOutcome {
    /** The act stands (维持). */
    UPHELD,
    /** The act is corrected (纠正). */
    CORRECTED,
    /** The complaint is dismissed (驳回). */
    DISMISSED
}
