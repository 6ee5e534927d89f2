package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A vote on a proposal: the members serving that day, those present, the ballots, and the result under the council's
 * {@link QuorumRule}.
 */
public record Vote(int serving, int present, int inFavour, int against, int abstaining, VoteResult result, Instant at) {

    public Vote {
        if (serving < 1) {
            throw new InvalidValueException("serving", "a vote needs members serving on the meeting's day; the council has none");
        }
        if (present < 0 || present > serving) {
            throw new InvalidValueException("present", "present is 0 to the " + serving + " members serving, got " + present);
        }
        if (inFavour < 0 || against < 0 || abstaining < 0) {
            throw new InvalidValueException("inFavour", "ballots are counted from 0");
        }
        if ((long) inFavour + against + abstaining > present) {
            throw new InvalidValueException("inFavour", "in favour, against and abstaining (" + (inFavour + against + abstaining)
                    + ") exceed the " + present + " present");
        }
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
    }

    /** Counts the ballots under the rule. */
    public static Vote count(QuorumRule rule, int serving, int present, int inFavour, int against, int abstaining, Instant at) {
        return new Vote(serving, present, inFavour, against, abstaining,
                rule.result(present, serving, inFavour), at);
    }
}
