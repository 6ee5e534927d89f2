package org.shizhi.domain.assessment.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/** Results in a list, for domain tests; versions given under the lock as a store's unique key would. */
public final class InMemoryAssessmentResults implements AssessmentResults {

    private final List<AssessmentResult> stored = new ArrayList<>();

    @Override
    public synchronized AssessmentResult save(AssessmentResult result) {
        int last = stored.stream().filter(r -> same(r, result.scheme(), result.within(), result.period()))
                .mapToInt(AssessmentResult::version).max().orElse(0);
        AssessmentResult versioned = result.withVersion(last + 1);
        stored.add(versioned);
        return versioned;
    }

    @Override
    public synchronized Optional<AssessmentResult> find(String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version) {
        return stored.stream().filter(r -> same(r, scheme, within, period))
                .filter(r -> version.map(v -> v == r.version()).orElse(true))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
    }

    private static boolean same(AssessmentResult r, String scheme, AreaCode within, AssessmentPeriod period) {
        return r.scheme().equals(scheme) && r.within().equals(within) && r.period().equals(period);
    }
}
