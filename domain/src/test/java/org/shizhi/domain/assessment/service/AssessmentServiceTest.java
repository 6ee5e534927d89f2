package org.shizhi.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.port.out.CityMeasures;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.CityCatalogue.Assessment;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;

class AssessmentServiceTest {

    private static final AreaCode CITY = AreaCode.of("510100");
    private static final AssessmentPeriod NOVEMBER = AssessmentPeriod.parse("2026-11");

    /** A share that does not read anything: {@code numerator} of {@code denominator} for any area and period. */
    private static Indicator share(String id, long numerator, long denominator) {
        return new Indicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public IndicatorValue evaluate(AreaCode area, AssessmentPeriod period, AssessmentReads reads) {
                return new IndicatorValue(id, area, period, numerator, denominator, "");
            }
        };
    }

    private static AssessmentService serviceOf(List<Indicator> indicators, List<AssessmentScheme> schemes) {
        CityMeasures measures = new CityMeasures() {
            @Override
            public List<Indicator> indicators(AreaCode area) {
                return indicators;
            }

            @Override
            public List<AssessmentScheme> assessmentSchemes(AreaCode area) {
                return schemes;
            }
        };
        return new AssessmentService(measures, null);
    }

    private static Actor cityAdmin() {
        return new Actor("admin", CITY, CITY, Set.of(Role.CITY_ADMIN), Set.of());
    }

    @Test
    void aSchemeScoresTheWeightedMeanOfItsItemsAndAnItemWithoutAValueCarriesNoWeight() {
        AssessmentScheme scheme = new AssessmentScheme("s", "scheme", "", List.of(
                new AssessmentScheme.Item("half", Cadence.MONTHLY, "half", 3),
                new AssessmentScheme.Item("all", Cadence.QUARTERLY, "all", 1),
                new AssessmentScheme.Item("none", Cadence.MONTHLY, "none", 50)));
        Assessment a = serviceOf(List.of(share("half", 1, 2), share("all", 4, 4), share("none", 0, 0)), List.of(scheme))
                .assess(cityAdmin(), CITY, NOVEMBER);

        assertThat(a.indicators()).as("every indicator over the asked period").hasSize(3)
                .allSatisfy(v -> assertThat(v.period()).isEqualTo(NOVEMBER));
        assertThat(a.schemes().getFirst().score()).as("(3 × 0.5 + 1 × 1.0) / 4; the NaN item's weight of 50 left out")
                .isEqualTo(0.625);
        assertThat(a.schemes().getFirst().items().get(1).value().period()).as("a quarterly item over its own quarter")
                .isEqualTo(AssessmentPeriod.parse("2026-Q4"));
    }

    @Test
    void aSchemeWhoseItemsHaveNoValueScoresNoValue() {
        AssessmentScheme scheme = new AssessmentScheme("s", "scheme", "",
                List.of(new AssessmentScheme.Item("none", Cadence.MONTHLY, "none", 10)));
        Assessment a = serviceOf(List.of(share("none", 0, 0)), List.of(scheme)).assess(cityAdmin(), CITY, NOVEMBER);

        assertThat(a.schemes().getFirst().score()).as("no weight at all gives NaN, not 0").isNaN();
    }

    @Test
    void aGridWorkerMayNotAssess() {
        Actor worker = new Actor("worker", CITY, CITY, Set.of(Role.GRID_WORKER), Set.of());

        assertThatThrownBy(() -> serviceOf(List.of(), List.of()).assess(worker, CITY, NOVEMBER))
                .as("assessment is for street officers, city admins and auditors")
                .isInstanceOf(AccessDeniedException.class);
    }
}
