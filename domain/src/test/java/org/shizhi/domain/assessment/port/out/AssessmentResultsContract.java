package org.shizhi.domain.assessment.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/** What every store of assessment results must do; run against each adapter. */
public abstract class AssessmentResultsContract {

    protected static final AreaCode DISTRICT = AreaCode.of("510104000000");
    protected static final AssessmentPeriod Q3 = AssessmentPeriod.parse("2026-Q3");
    protected static final AssessmentPeriod Q4 = AssessmentPeriod.parse("2026-Q4");

    protected AssessmentResults results;

    protected abstract AssessmentResults emptyResults();

    @BeforeEach
    void empty() {
        results = emptyResults();
    }

    protected static AssessmentResult result(String scheme, AreaCode within, AssessmentPeriod period, double firstScore) {
        RankedUnit first = new RankedUnit(new AssessedUnit(Subject.AREA, "510104001000", "锦官驿街道"), 1, Optional.of(firstScore),
                List.of(new ScoreLine("event-closure-rate", 990, 1000, Optional.of(0.99), Optional.of(0.9817), 0.9, 0.997, 60, 50.6),
                        new ScoreLine("petition-backlog", 2, 1, Optional.of(2.0), Optional.of(2.0), 8, 0, 40, 30)),
                Optional.of(2), Optional.of(70.25));
        RankedUnit unscored = new RankedUnit(new AssessedUnit(Subject.DEPARTMENT, "city-water", "city-water"), 2, Optional.empty(),
                List.of(new ScoreLine("summons-lateness", 0, 0, Optional.empty(), Optional.empty(), 0.3, 0.02, 100, 0)),
                Optional.empty(), Optional.empty());
        return new AssessmentResult(scheme, "街道季度考核", within, period, 1, Instant.parse("2026-10-08T02:00:00.123456Z"),
                "admin-510100", List.of(first, unscored));
    }

    @Test
    void aResultIsReadBackWithEveryFigureOfItsBreakdown() {
        AssessmentResult saved = results.save(result("streets", DISTRICT, Q3, 80.6));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(results.find("streets", DISTRICT, Q3, Optional.empty())).contains(saved);
    }

    @Test
    void aReRunIsTheNextVersionAndTheEarlierOneStays() {
        results.save(result("streets", DISTRICT, Q3, 80.6));
        AssessmentResult second = results.save(result("streets", DISTRICT, Q3, 81.0));

        assertThat(second.version()).isEqualTo(2);
        assertThat(results.find("streets", DISTRICT, Q3, Optional.empty())).as("the latest").contains(second);
        assertThat(results.find("streets", DISTRICT, Q3, Optional.of(1))).hasValueSatisfying(r ->
                assertThat(r.units().getFirst().score()).as("version 1 as it was computed").contains(80.6));
        assertThat(results.find("streets", DISTRICT, Q3, Optional.of(3))).isEmpty();
    }

    @Test
    void schemesAreasAndPeriodsAreKeptApart() {
        results.save(result("streets", DISTRICT, Q3, 80.6));

        assertThat(results.find("streets", DISTRICT, Q4, Optional.empty())).isEmpty();
        assertThat(results.find("other", DISTRICT, Q3, Optional.empty())).isEmpty();
        assertThat(results.find("streets", AreaCode.of("510105000000"), Q3, Optional.empty())).isEmpty();
        assertThat(results.save(result("streets", DISTRICT, Q4, 1)).version()).as("versions count per period").isEqualTo(1);
    }
}
