package org.shizhi.domain.law.model;

/** The applicant's or petitioner's own word on the result. */
public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, NO_RESPONSE }
