package org.shizhi.domain.assessment.model;

import java.util.Optional;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Direction;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Unit;

/**
 * The fairness adjustment: a share is scored by the pessimistic end of its 95 % Wilson score interval, the lower bound
 * where higher is better, the upper bound where lower is better. A rate over a few cases is uncertain, and the bound
 * charges the uncertainty to the unit: 1 of 1 adjusts to 0.21 while 990 of 1,000 adjusts to 0.98, so luck over a small
 * denominator cannot outrank a record over a large one. Medians and counts are not adjusted.
 */
public final class Fairness {

    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z = 1.959964;

    private Fairness() {
    }

    public static Optional<Double> adjusted(IndicatorDefinition indicator, Reading reading) {
        if (indicator.unit() != Unit.SHARE || reading.value().isEmpty()) {
            return reading.value();
        }
        return Optional.of(indicator.direction() == Direction.HIGHER_IS_BETTER
                ? wilsonLower(reading.numerator(), reading.denominator())
                : wilsonUpper(reading.numerator(), reading.denominator()));
    }

    public static double wilsonLower(long successes, long trials) {
        return bound(successes, trials, -1);
    }

    public static double wilsonUpper(long successes, long trials) {
        return bound(successes, trials, +1);
    }

    private static double bound(long successes, long trials, int sign) {
        if (trials == 0) {
            return Double.NaN;
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double bound = (centre + sign * spread) / (1 + z2 / n);
        return Math.max(0, Math.min(1, bound));
    }
}
