package org.shizhi.domain.grid.model;

/** What a grid event is about, as recorded on intake. */
public enum EventCategory {
    DISPUTE,
    SAFETY_HAZARD,
    SERVICE_REQUEST,
    /** 社情民意: a public-opinion signal. */
    PUBLIC_OPINION,
    PUBLIC_SECURITY,
    ENVIRONMENT,
    OTHER
}
