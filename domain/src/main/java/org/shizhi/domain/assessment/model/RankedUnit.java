package org.shizhi.domain.assessment.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's place in a result: its rank (1 is best; every rank distinct), its score with the breakdown and coverage, and
 * where it stood in the scheme's previous period (its latest version), if it was assessed then.
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

    /** The share of the scheme's weight whose items had a value ({@link Coverage}). */
    public double coverage() {
        return Coverage.of(lines);
    }

    /** Whether the unit is judged at all: scored, on at least {@link Coverage#MINIMUM} of the weight. */
    public boolean sufficientCoverage() {
        return score.isPresent() && Coverage.sufficient(lines);
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
