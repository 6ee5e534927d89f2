package org.shizhi.domain.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A Safety Star (平安之星) voting round of an area: organisations nominate until it closes, residents vote while it is open
 * (from {@code voting.start} to {@code voting.end}, days in China, both included), and once closed it changes no more.
 */
public record VotingRound(RoundId id, AreaCode area, String title, Period voting, Instant openedAt, Acting openedBy) {

    public VotingRound {
        Objects.requireNonNull(id, "id");
        if (area == null) {
            throw new InvalidValueException("areaCode", "a round is held in an area (12-digit code)");
        }
        title = Texts.required("title", "the title", title, 200);
        if (voting == null) {
            throw new InvalidValueException("voting", "a round needs the days voting opens and closes");
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
    }

    public enum Stage { NOMINATING, VOTING, CLOSED }

    public Stage stageOn(LocalDate today) {
        if (today.isAfter(voting.end())) {
            return Stage.CLOSED;
        }
        return today.isBefore(voting.start()) ? Stage.NOMINATING : Stage.VOTING;
    }

    /** Nominations are taken until the round closes. */
    public void requireNominating(LocalDate today) {
        if (stageOn(today) == Stage.CLOSED) {
            throw new ConflictException("roundId", "round " + id + " closed on " + voting.end() + "; a closed round takes no nominations");
        }
    }

    /** Votes are taken while the round is open. */
    public void requireVoting(LocalDate today) {
        switch (stageOn(today)) {
            case NOMINATING -> throw new ConflictException("roundId", "voting in round " + id + " opens on " + voting.start());
            case CLOSED -> throw new ConflictException("roundId", "round " + id + " closed on " + voting.end() + "; a closed round takes no votes");
            case VOTING -> { }
        }
    }
}
