package org.shizhi.domain.campaign.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.IdNumber;

/**
 * One resident's vote in a round, for one nomination, as it goes to the store. The store keeps of the voter only a keyed
 * hash (HMAC) of the round and the ID number, never the number: the same resident gives the same hash in a round, which
 * a unique constraint refuses twice (one vote per resident per round), and without the key no hash can be recomputed
 * from a guessed number. The round is hashed too, so one resident's ballots in two rounds cannot be linked.
 */
public record Ballot(RoundId round, NominationId nomination, IdNumber voter, Instant castAt) {

    public Ballot {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(nomination, "nomination");
        if (voter == null) {
            throw new org.shizhi.domain.shared.InvalidValueException("voterIdNumber", "the voter's ID number is required");
        }
        Objects.requireNonNull(castAt, "castAt");
    }

    @Override
    public String toString() {
        return "Ballot[round=" + round + ", nomination=" + nomination + ", voter=" + voter.masked() + ", castAt=" + castAt + "]";
    }
}
