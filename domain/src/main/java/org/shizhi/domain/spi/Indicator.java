package org.shizhi.domain.spi;

import org.shizhi.domain.shared.AreaCode;

/**
 * Extension point (SPI 1.3): an assessment indicator, a share computed for an area and a period from the narrow
 * {@link AssessmentReads}. The platform has none by default. Must be thread-safe and must not fail for a valid area.
 */
public interface Indicator {

    /** Unique among the city's indicators, lower-case words joined by '-' or '.'. */
    String id();

    String name();

    IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads);
}
