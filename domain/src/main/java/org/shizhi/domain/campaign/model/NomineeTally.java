package org.shizhi.domain.campaign.model;

/** A nomination of a round and the votes it received. */
public record NomineeTally(Nomination nomination, long votes) {
}
