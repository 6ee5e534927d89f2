package org.shizhi.domain.assessment.port.in;

import java.util.Optional;
import org.shizhi.domain.assessment.model.ResultDifferences;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * The differences between two stored versions of a result ({@code to}: the latest unless named);
 * {@link Permission#READ_ASSESSMENT}, the area in the caller's jurisdiction; not found unless both versions are stored.
 */
public interface ResultDifferencesQuery {

    ResultDifferences differences(Actor actor, String scheme, AreaCode within, AssessmentPeriod period, int from, Optional<Integer> to);
}
