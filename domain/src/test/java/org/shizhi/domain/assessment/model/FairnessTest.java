package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

class FairnessTest {

    private static final IndicatorDefinition CLOSURE = BuiltInIndicator.EVENT_CLOSURE_RATE.definition();
    private static final IndicatorDefinition RELAPSE = BuiltInIndicator.RELAPSE_RATE.definition();

    @Test
    void wilsonBoundsMatchTheTextbookValues() {
        assertThat(Fairness.wilsonLower(1, 1)).as("1 of 1").isCloseTo(0.2065, within(1e-4));
        assertThat(Fairness.wilsonLower(990, 1000)).as("990 of 1,000").isCloseTo(0.9817, within(1e-4));
        assertThat(Fairness.wilsonUpper(0, 10)).as("0 of 10 could be as bad as").isCloseTo(0.2775, within(1e-4));
        assertThat(Fairness.wilsonLower(0, 10)).isEqualTo(0.0);
    }

    @Test
    void oneOfOneNeverOutranksNineHundredNinetyOfAThousand() {
        Scheme scheme = new Scheme("fair", "fair", Optional.empty(), Scheme.Units.COMMUNITY, Cadence.MONTHLY,
                List.of(new Scheme.Item(CLOSURE, 100, 0.5, 1.0)));
        var lucky = new Ranking.Scored(new AssessedUnit(Subject.AREA, "510104001001", "lucky"),
                Scoring.lines(scheme, Map.of(CLOSURE.id(), Reading.share(1, 1))));
        var steady = new Ranking.Scored(new AssessedUnit(Subject.AREA, "510104001002", "steady"),
                Scoring.lines(scheme, Map.of(CLOSURE.id(), Reading.share(990, 1000))));

        List<RankedUnit> ranked = Ranking.rank(List.of(lucky, steady), Map.of());

        assertThat(ranked).extracting(r -> r.unit().name()).containsExactly("steady", "lucky");
        ScoreLine luckyLine = ranked.get(1).lines().getFirst();
        assertThat(luckyLine.raw()).as("the raw value stays beside the adjusted one").contains(1.0);
        assertThat(luckyLine.adjusted()).hasValueSatisfying(a -> assertThat(a).isCloseTo(0.2065, within(1e-4)));
        assertThat(luckyLine.points()).as("below the floor of 0.5 after adjustment").isZero();
    }

    @Test
    void aLowerIsBetterShareIsAdjustedUpwardsNotDownwards() {
        assertThat(Fairness.adjusted(RELAPSE, Reading.share(0, 2))).as("no relapse among 2 agreements is not proof of none")
                .hasValueSatisfying(a -> assertThat(a).isCloseTo(0.6576, within(1e-4)));
        assertThat(Fairness.adjusted(RELAPSE, Reading.share(0, 0))).isEmpty();
    }

    @Test
    void mediansAndCountsAreNotAdjusted() {
        assertThat(Fairness.adjusted(BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE.definition(), Reading.median(9, 3, 3)))
                .contains(3.0);
        assertThat(Fairness.adjusted(BuiltInIndicator.PETITION_BACKLOG.definition(), Reading.count(4))).contains(4.0);
    }
}
