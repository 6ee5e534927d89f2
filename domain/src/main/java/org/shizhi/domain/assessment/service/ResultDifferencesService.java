package org.shizhi.domain.assessment.service;

import java.util.Optional;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.ResultDifferences;
import org.shizhi.domain.assessment.port.in.ResultDifferencesQuery;
import org.shizhi.domain.assessment.port.out.AssessmentResults;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.spi.AssessmentPeriod;

/** The differences between two stored versions of a result, read from the store as they were computed. */
public final class ResultDifferencesService implements ResultDifferencesQuery {

    private final AssessmentResults results;

    public ResultDifferencesService(AssessmentResults results) {
        this.results = results;
    }

    @Override
    public ResultDifferences differences(Actor actor, String scheme, AreaCode within, AssessmentPeriod period, int from,
                                         Optional<Integer> to) {
        actor.require(Permission.READ_ASSESSMENT);
        actor.requireJurisdiction(within, "area", within);
        if (from < 1) {
            throw new InvalidValueException("from", "a version counts from 1, got " + from);
        }
        if (to.isPresent() && to.get() < 1) {
            throw new InvalidValueException("to", "a version counts from 1, got " + to.get());
        }
        AssessmentResult before = version(scheme, within, period, Optional.of(from));
        AssessmentResult after = version(scheme, within, period, to);
        return ResultDifferences.between(before, after);
    }

    private AssessmentResult version(String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version) {
        return results.find(scheme, within, period, version).orElseThrow(() -> new NotFoundException("assessment",
                scheme + " " + within + " " + period + version.map(v -> " version " + v).orElse("")));
    }
}
