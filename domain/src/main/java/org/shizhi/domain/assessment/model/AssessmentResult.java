package org.shizhi.domain.assessment.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * A stored assessment: one run of a scheme over the units inside an area for a period. Results are kept as computed,
 * so that a period once assessed does not change when data is corrected later; a re-run is the next version.
 */
public record AssessmentResult(String scheme, String schemeName, AreaCode within, AssessmentPeriod period, int version,
                               Instant ranAt, String ranBy, List<RankedUnit> units) {

    public AssessmentResult {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(schemeName, "schemeName");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(ranBy, "ranBy");
        if (version < 1) {
            throw new InvalidValueException("version", "a result's version counts from 1, got " + version);
        }
        units = List.copyOf(units);
    }

    public AssessmentResult withVersion(int next) {
        return new AssessmentResult(scheme, schemeName, within, period, next, ranAt, ranBy, units);
    }
}
