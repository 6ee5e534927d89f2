package org.shizhi.domain.assessment.model;

import java.util.Optional;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Unit;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * One indicator's figures for one unit and period, as the store counted them. A share over nothing, a median of
 * nothing, has no value: absent, never a flattering 100 % or 0 days.
 */
public record Reading(long numerator, long denominator, Optional<Double> value) {

    public Reading {
        if (numerator < 0 || denominator < 0) {
            throw new InvalidValueException("reading", "counts are not negative, got " + numerator + "/" + denominator);
        }
        value = value == null ? Optional.empty() : value;
    }

    public static Reading share(long numerator, long denominator) {
        if (numerator > denominator) {
            throw new InvalidValueException("reading", "a share counts 0 to its denominator, got " + numerator + "/" + denominator);
        }
        return new Reading(numerator, denominator, denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator));
    }

    public static Reading median(long totalDays, long counted, double median) {
        return new Reading(totalDays, counted, counted == 0 ? Optional.empty() : Optional.of(median));
    }

    public static Reading count(long count) {
        return new Reading(count, 1, Optional.of((double) count));
    }

    /** Hours from their tenths. */
    public static Reading hours(long tenths) {
        return new Reading(tenths, 10, Optional.of(tenths / 10.0));
    }

    /** Nothing counted: how a unit without data reads. */
    public static Reading none(Unit unit) {
        return switch (unit) {
            case COUNT -> count(0);
            case HOURS -> hours(0);
            case SHARE, WORKING_DAYS -> new Reading(0, 0, Optional.empty());
        };
    }
}
