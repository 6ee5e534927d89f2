package org.shizhi.domain.spi;

import java.util.List;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Reads what the plugins a city enables offer (SPI 1.3): campaign templates, and the evaluation of its indicators and
 * assessment schemes; implemented by the application that loads the plugins. Another city's answers 404.
 */
public interface CityCatalogue {

    /** A scheme's score for a period: each item evaluated over its own cadence's period containing the period's start. */
    record SchemeScore(String scheme, String name, List<ItemScore> items, double score) {
        public SchemeScore {
            items = List.copyOf(items);
        }
    }

    /** One item of a scheme with its indicator's value. */
    record ItemScore(AssessmentScheme.Item item, IndicatorValue value) {
    }

    /** The area's indicators and schemes for a period. */
    record Assessment(AreaCode area, AssessmentPeriod period, List<IndicatorValue> indicators, List<SchemeScore> schemes) {
        public Assessment {
            indicators = List.copyOf(indicators);
            schemes = List.copyOf(schemes);
        }
    }

    /** Every role, for the caller's own city. */
    List<CampaignTemplate> campaignTemplates(Actor actor, AreaCode city);

    /** {@code STREET_OFFICER}, {@code CITY_ADMIN}, {@code AUDITOR}, inside the caller's jurisdiction. Empty where the city has none. */
    Assessment assess(Actor actor, AreaCode area, AssessmentPeriod period);
}
