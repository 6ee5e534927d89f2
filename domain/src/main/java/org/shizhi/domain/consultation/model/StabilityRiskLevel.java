package org.shizhi.domain.consultation.model;

/** The overall level of a stability-risk assessment: it decides whether, and how, the decision may be taken. */
public enum StabilityRiskLevel { LOW, MEDIUM, HIGH }
