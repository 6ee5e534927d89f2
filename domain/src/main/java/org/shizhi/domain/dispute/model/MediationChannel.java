package org.shizhi.domain.dispute.model;

import org.shizhi.domain.shared.PublishedModel;

/** 人民调解 / 行政调解 / 司法调解: the three linked mediation channels (seed 004). */
@PublishedModel
public enum MediationChannel {
    PEOPLE, ADMINISTRATIVE, JUDICIAL
}
