package org.shizhi.domain.grid.model;

/** The kind of an organisation in the register (单位). */
public enum OrganisationKind {
    /** 企业. */
    ENTERPRISE,
    /** 个体工商户: a shop or stall (micro-grids count households or shops, seed 001). */
    INDIVIDUAL_BUSINESS,
    /** 社会组织. */
    SOCIAL_ORGANISATION,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    /** 机关. */
    GOVERNMENT_AGENCY,
    OTHER
}
