package org.shizhi.domain.assessment.port.in;

import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Runs a scheme over the units inside an area for a period, ranks them and stores the result as the next version.
 * Permission {@link Permission#RUN_ASSESSMENT}; the area in the caller's jurisdiction.
 */
public interface RunAssessmentUseCase {

    AssessmentResult run(Actor actor, RunAssessmentCommand command);

    /** {@code within}: the area whose units are assessed (the streets of a district, say); the scheme's city's. */
    record RunAssessmentCommand(String scheme, AssessmentPeriod period, AreaCode within) {
        public RunAssessmentCommand {
            if (scheme == null || !scheme.matches(org.shizhi.domain.assessment.model.Scheme.ID)) {
                throw new InvalidValueException("scheme", "a scheme id is lower-case words joined by '-' (a plugin's by '.' too), not '"
                        + scheme + "'");
            }
            if (period == null) {
                throw new InvalidValueException("period", "required");
            }
            if (within == null) {
                throw new InvalidValueException("within", "required");
            }
        }
    }
}
