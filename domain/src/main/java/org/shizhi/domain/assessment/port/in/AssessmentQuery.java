package org.shizhi.domain.assessment.port.in;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;

/** Reads of assessments: stored results with their rankings and breakdowns, the indicators and the schemes. */
public interface AssessmentQuery {

    /**
     * A stored result, the latest version unless one is named; {@link Permission#READ_ASSESSMENT}, the area in the
     * caller's jurisdiction; not found if never run.
     */
    AssessmentResult result(Actor actor, String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version);

    /** The platform's built-in indicators; {@link Permission#READ_ASSESSMENT}. */
    List<IndicatorDefinition> indicators(Actor actor);

    /** The schemes of the caller's city; {@link Permission#READ_ASSESSMENT}. */
    List<Scheme> schemes(Actor actor);
}
