package org.shizhi.domain.assessment.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's place in a result: its rank (1 is best; every rank distinct), its score with the breakdown, and where it
 * stood in the scheme's previous period (its latest version), if it was assessed then.
 */
public record RankedUnit(AssessedUnit unit, int rank, Optional<Double> score, List<ScoreLine> lines,
                         Optional<Integer> previousRank, Optional<Double> previousScore) {

    public RankedUnit {
        Objects.requireNonNull(unit, "unit");
        score = score == null ? Optional.empty() : score;
        lines = List.copyOf(lines);
        previousRank = previousRank == null ? Optional.empty() : previousRank;
        previousScore = previousScore == null ? Optional.empty() : previousScore;
    }

    /** Places risen since the previous period (negative: fallen); empty if unranked then. */
    public Optional<Integer> rankChange() {
        return previousRank.map(p -> p - rank);
    }

    /** Score gained since the previous period; empty unless scored both times. */
    public Optional<Double> scoreChange() {
        return score.flatMap(s -> previousScore.map(p -> s - p));
    }
}
