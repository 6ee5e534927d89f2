package org.shizhi.domain.dispute.model;

import org.shizhi.domain.shared.PublishedModel;

/** 风险等级: the graded risk that a dispute escalates (into violence, a mass incident, a petition). */
@PublishedModel
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
