package org.shizhi.domain.assessment.port.out;

import java.util.Optional;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/** Stored results, per scheme, area and period, each run a new version. */
public interface AssessmentResults {

    /**
     * Stores a run as the next version of its (scheme, area, period), ignoring the version it carries, and answers it
     * with the version given; two runs at once get two versions, never one.
     */
    AssessmentResult save(AssessmentResult result);

    /** The given version, or the latest if {@code version} is empty. */
    Optional<AssessmentResult> find(String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version);
}
