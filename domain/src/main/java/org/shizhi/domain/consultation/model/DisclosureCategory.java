package org.shizhi.domain.consultation.model;

/** The three public disclosures (三公开): party affairs (党务), village affairs (村务) and finance (财务). */
public enum DisclosureCategory { PARTY_AFFAIRS, VILLAGE_AFFAIRS, FINANCE }
