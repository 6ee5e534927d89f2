package org.shizhi.domain.assessment.port.out;

import java.util.List;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.Indicator;

/** The indicators and assessment schemes the city of an area measures itself by (its enabled plugins offer them). */
public interface CityMeasures {

    /** The indicators of the area's city, empty where it has none. */
    List<Indicator> indicators(AreaCode area);

    /** The assessment schemes of the area's city; each item names one of {@link #indicators}. */
    List<AssessmentScheme> assessmentSchemes(AreaCode area);
}
