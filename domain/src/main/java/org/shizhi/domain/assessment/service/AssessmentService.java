package org.shizhi.domain.assessment.service;

import org.shizhi.domain.shared.Permission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.assessment.port.in.AreaAssessmentQuery;
import org.shizhi.domain.assessment.port.out.CityMeasures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.CityCatalogue.Assessment;
import org.shizhi.domain.spi.CityCatalogue.ItemScore;
import org.shizhi.domain.spi.CityCatalogue.SchemeScore;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;

/**
 * An area's assessment: every indicator of its city over the period, and each scheme's score as the weighted mean of
 * its items, each item evaluated over its own cadence's period containing the period's start. An item without a value
 * (NaN) carries no weight; a scheme none of whose items has a value scores NaN.
 */
public final class AssessmentService implements AreaAssessmentQuery {

    private final CityMeasures measures;
    private final AssessmentReads reads;

    public AssessmentService(CityMeasures measures, AssessmentReads reads) {
        this.measures = measures;
        this.reads = reads;
    }

    /** {@code STREET_OFFICER}, {@code CITY_ADMIN}, {@code AUDITOR}, inside the caller's jurisdiction. */
    @Override
    public Assessment assess(Actor actor, AreaCode area, AssessmentPeriod period) {
        actor.require(Permission.READ_ASSESSMENT);
        actor.requireJurisdiction(area, "area", area);
        List<IndicatorValue> values = new ArrayList<>();
        Map<String, Indicator> byId = new HashMap<>();
        for (Indicator indicator : measures.indicators(area)) {
            byId.put(indicator.id(), indicator);
            values.add(indicator.evaluate(area, period, reads));
        }
        List<SchemeScore> scores = new ArrayList<>();
        for (AssessmentScheme scheme : measures.assessmentSchemes(area)) {
            List<ItemScore> items = new ArrayList<>();
            double weighted = 0;
            int weights = 0;
            for (AssessmentScheme.Item item : scheme.items()) {
                AssessmentPeriod own = AssessmentPeriod.containing(item.cadence(), period.from());
                IndicatorValue value = byId.get(item.indicator()).evaluate(area, own, reads);
                items.add(new ItemScore(item, value));
                if (!Double.isNaN(value.value())) {
                    weighted += item.weight() * value.value();
                    weights += item.weight();
                }
            }
            scores.add(new SchemeScore(scheme.id(), scheme.name(), items, weights == 0 ? Double.NaN : weighted / weights));
        }
        return new Assessment(area, period, values, scores);
    }
}
