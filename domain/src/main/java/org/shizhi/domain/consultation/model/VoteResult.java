package org.shizhi.domain.consultation.model;

/** A vote's result: passed or rejected by those present, or void because too few members were present. */
public enum VoteResult { PASSED, REJECTED, NO_QUORUM }
