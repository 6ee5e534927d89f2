package org.shizhi.domain.campaign.model;

/** The public services around a wedding (新时代婚俗礼仪, seed 002) a couple may use. */
public enum WeddingService {
    /** 公共礼堂: a public hall, booked for the day. */
    PUBLIC_HALL,
    /** 民间总管: a folk master of ceremonies from the register. */
    FOLK_MASTER,
    /** 婚庆爱心企业联盟: a wedding business of the alliance, at its charity price. */
    ALLIANCE_BUSINESS,
    /** 婚姻家庭辅导: marriage and family counselling. */
    COUNSELLING
}
