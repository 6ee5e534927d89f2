package org.shizhi.domain.assessment.model;

import java.util.List;

/**
 * The minimum-coverage rule. Items without a value carry no weight in a score, so without a rule a unit with almost
 * nothing to count could rank first on the one item it has. A unit's coverage is the weight of its items with a value
 * ÷ the weight of all its items; below {@link #MINIMUM} the coverage is insufficient: the score is still computed and
 * shown, but the unit ranks after every unit with sufficient coverage, and a notice neither commends nor criticises it
 * (there is too little to judge it by).
 */
public final class Coverage {

    /** At least half of a scheme's weight must rest on items with a value. */
    public static final double MINIMUM = 0.5;

    private Coverage() {
    }

    /** The share of the weights (0 to 1) whose items had a value; 0 for no lines. */
    public static double of(List<ScoreLine> lines) {
        int all = lines.stream().mapToInt(ScoreLine::weight).sum();
        return all == 0 ? 0 : (double) Scoring.weightCounted(lines) / all;
    }

    public static boolean sufficient(List<ScoreLine> lines) {
        return of(lines) >= MINIMUM;
    }
}
