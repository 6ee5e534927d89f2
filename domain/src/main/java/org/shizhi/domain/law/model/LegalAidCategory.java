package org.shizhi.domain.law.model;

/** What a legal-aid application is about (法律援助事项, Legal Aid Law art. 31, grouped). */
public enum LegalAidCategory {
    /** Wages and labour remuneration. */
    LABOUR_REMUNERATION,
    /** Work injury and other personal injury. */
    INJURY_COMPENSATION,
    /** Maintenance, support and family matters. */
    FAMILY_SUPPORT,
    /** Social insurance, minimum living allowance, relief. */
    SOCIAL_BENEFITS,
    /** State compensation and administrative matters. */
    STATE_COMPENSATION,
    /** Criminal defence and victims. */
    CRIMINAL,
    OTHER
}
