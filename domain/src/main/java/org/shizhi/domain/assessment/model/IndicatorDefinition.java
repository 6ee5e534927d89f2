package org.shizhi.domain.assessment.model;

import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * What an indicator measures: its id, name, unit, which way is better, whom it assesses (an area or a department), and
 * what its numerator and denominator count, in words, so that every figure in a breakdown can be read back.
 */
public record IndicatorDefinition(String id, String name, Unit unit, Direction direction, Subject subject, String numerator,
                                  String denominator) {

    public IndicatorDefinition {
        if (id == null || !id.matches(Scheme.ID)) {
            throw new InvalidValueException("indicator", "an indicator id is lower-case words joined by '-', not '" + id + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /** What the value is. */
    public enum Unit {
        /** numerator ÷ denominator, 0 to 1; the only unit the fairness adjustment applies to. */
        SHARE,
        /** a median of working days; the numerator holds the total, the denominator how many were counted. */
        WORKING_DAYS,
        /** a count as things stand; the denominator is 1. */
        COUNT,
        /** hours summed: the numerator holds tenths of an hour, the denominator 10; nothing counted is 0 hours. */
        HOURS
    }

    /** Which way is better. */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    /** What a unit assessed on this indicator is. */
    public enum Subject {
        /** an area of any level, its data selected by code prefix */
        AREA,
        /** a department answering summonses (派驻机构 and line departments) */
        DEPARTMENT,
        /** a grid worker (网格员), by the subject of their token, on the events they handled themselves */
        GRID_WORKER
    }
}
