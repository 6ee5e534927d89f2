package org.shizhi.domain.spi;

import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * An indicator's value for an area and period: {@code numerator} of {@code denominator} (a share), with the value
 * itself; a denominator of 0 gives no value ({@code Double.NaN}) rather than a flattering 100 %.
 */
public record IndicatorValue(String indicator, AreaCode area, AssessmentPeriod period, long numerator, long denominator,
                             String explanation) {

    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new InvalidValueException("indicator", "a share counts 0 to denominator of denominator, got " + numerator + "/" + denominator);
        }
        explanation = explanation == null ? "" : explanation;
    }

    public double value() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
