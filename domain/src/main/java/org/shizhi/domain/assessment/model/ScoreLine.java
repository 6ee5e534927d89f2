package org.shizhi.domain.assessment.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a unit's breakdown: the indicator, its numerator and denominator, the raw value, the value after the
 * fairness adjustment, the item's floor, target and weight, and the points it earned (0 to weight). A line without a
 * value earns nothing and its weight is left out of the unit's score.
 */
public record ScoreLine(String indicator, long numerator, long denominator, Optional<Double> raw, Optional<Double> adjusted,
                        double floor, double target, int weight, double points) {

    public ScoreLine {
        Objects.requireNonNull(indicator, "indicator");
        raw = raw == null ? Optional.empty() : raw;
        adjusted = adjusted == null ? Optional.empty() : adjusted;
    }

    public boolean counted() {
        return adjusted.isPresent();
    }
}
