package org.shizhi.domain.campaign.port.in;

import java.time.Instant;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * Safety Star (平安之星, seed 003): rounds, nominations, votes.
 * <ul>
 * <li>{@link #open}: roles {@code CITY_ADMIN}, {@code STREET_OFFICER}; the area in the caller's jurisdiction; voting may not
 * close before today.</li>
 * <li>{@link #nominate}: roles {@code COMMUNITY_STAFF}, {@code STREET_OFFICER}, {@code INTEGRATOR} (for the nominating
 * organisation); until the round closes (else 409).</li>
 * <li>{@link #vote}: roles {@code COMMUNITY_STAFF}, {@code GRID_WORKER}, {@code INTEGRATOR} (the residents' app); while
 * the round is open (else 409); one vote per resident per round (a second: 409, field {@code voterIdNumber}), whatever
 * nomination it is for and however many are sent at once.</li>
 * </ul>
 * The round's area must lie in the caller's jurisdiction (else 404).
 */
public interface SafetyStarUseCase {

    VotingRound open(Actor actor, OpenRoundCommand command);

    Nomination nominate(Actor actor, NominateCommand command);

    VoteCast vote(Actor actor, VoteCommand command);

    record OpenRoundCommand(AreaCode area, String title, Period voting) {
        public OpenRoundCommand {
            if (area == null) {
                throw new InvalidValueException("areaCode", "a round is held in an area (12-digit code)");
            }
            title = Texts.required("title", "the title", title, 200);
            if (voting == null) {
                throw new InvalidValueException("voting", "a round needs the days voting opens and closes");
            }
        }
    }

    record NominateCommand(RoundId round, String nominee, String nominatedBy, String deed, String evidence) {
        public NominateCommand {
            if (round == null) {
                throw new InvalidValueException("roundId", "the round is required");
            }
            nominee = Texts.required("nominee", "the nominee's name", nominee, 100);
            nominatedBy = Texts.required("nominatedBy", "the nominating organisation", nominatedBy, 200);
            deed = Texts.required("deed", "the deed", deed, 4_000);
            evidence = Texts.required("evidence", "the evidence", evidence, 4_000);
        }
    }

    /** @param voter the resident's ID number: hashed with a key for the ballot, never stored */
    record VoteCommand(RoundId round, NominationId nomination, IdNumber voter) {
        public VoteCommand {
            if (round == null) {
                throw new InvalidValueException("roundId", "the round is required");
            }
            if (nomination == null) {
                throw new InvalidValueException("nominationId", "the nomination voted for is required");
            }
            if (voter == null) {
                throw new InvalidValueException("voterIdNumber", "the voter's ID number is required");
            }
        }

        @Override
        public String toString() {
            return "VoteCommand[round=" + round + ", nomination=" + nomination + ", voter=" + voter.masked() + "]";
        }
    }

    /** The vote was counted: for which nomination of which round, and when. */
    record VoteCast(RoundId round, NominationId nomination, Instant castAt) {
    }
}
