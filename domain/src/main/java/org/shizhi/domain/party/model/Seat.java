package org.shizhi.domain.party.model;

/**
 * The five seats of a five-in-one council (五位一体): 社区党组织, 居委会, 业主监督委员会 (supervisory committee),
 * 业主委员会, 物业服务企业.
 */
public enum Seat {
    COMMUNITY_PARTY_ORGANISATION,
    RESIDENTS_COMMITTEE,
    SUPERVISORY_COMMITTEE,
    OWNERS_COMMITTEE,
    PROPERTY_COMPANY
}
