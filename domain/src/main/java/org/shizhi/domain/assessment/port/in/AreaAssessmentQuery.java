package org.shizhi.domain.assessment.port.in;

import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.CityCatalogue.Assessment;

/**
 * An area's assessment by its city's plugins (SPI indicators and schemes), computed on each request:
 * {@link Permission#READ_ASSESSMENT}, the area in the caller's jurisdiction. Empty where the city has no plugin offering
 * them; the built-in indicators and configured schemes are run by {@link RunAssessmentUseCase}.
 */
public interface AreaAssessmentQuery {

    Assessment assess(Actor actor, AreaCode area, AssessmentPeriod period);
}
