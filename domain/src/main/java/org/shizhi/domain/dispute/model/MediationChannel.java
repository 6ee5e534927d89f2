package org.shizhi.domain.dispute.model;

/** 人民调解 / 行政调解 / 司法调解: the three linked mediation channels (seed 004). */
public enum MediationChannel {
    PEOPLE, ADMINISTRATIVE, JUDICIAL
}
