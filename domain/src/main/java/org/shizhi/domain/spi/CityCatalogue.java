package org.shizhi.domain.spi;

import java.util.List;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;

/**
 * Reads what the plugins a city enables offer (SPI 1.3): campaign templates; implemented by the application that loads
 * the plugins. Another city's answers 404. The records below are the shape of an area's assessment by the plugins'
 * indicators and schemes, which the assessment context answers ({@code assessment.port.in.AreaAssessmentQuery}).
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
}
