package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

class ScoringTest {

    private static final IndicatorDefinition MEDIAN = BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE.definition();
    private static final IndicatorDefinition BACKLOG = BuiltInIndicator.PETITION_BACKLOG.definition();
    private static final IndicatorDefinition CLOSURE = BuiltInIndicator.EVENT_CLOSURE_RATE.definition();
    private static final IndicatorDefinition SATISFACTION = BuiltInIndicator.RESIDENT_SATISFACTION.definition();

    @Test
    void pointsRiseLinearlyFromFloorToTarget() {
        Scheme.Item item = new Scheme.Item(MEDIAN, 20, 10, 2);
        assertThat(Scoring.line(item, Reading.median(60, 10, 6)).points()).as("6 days is halfway from 10 down to 2: half of 20")
                .isCloseTo(10.0, within(1e-9));
        assertThat(Scoring.line(new Scheme.Item(BACKLOG, 10, 8, 0), Reading.count(2)).points())
                .as("a backlog of 2 is three quarters of the way from 8 to 0").isCloseTo(7.5, within(1e-9));
    }

    @Test
    void pointsAreCappedAtTheTargetAndAtTheFloor() {
        Scheme.Item item = new Scheme.Item(MEDIAN, 20, 10, 2);
        assertThat(Scoring.line(item, Reading.median(10, 10, 1)).points()).as("better than the target earns no more than the weight")
                .isEqualTo(20.0);
        assertThat(Scoring.line(item, Reading.median(300, 10, 30)).points()).as("worse than the floor earns nothing, never less")
                .isEqualTo(0.0);
    }

    @Test
    void directionDecidesWhichSideOfTheFloorTheTargetLies() {
        assertThatThrownBy(() -> new Scheme.Item(MEDIAN, 20, 2, 10)).as("lower is better: a target above the floor is refused")
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("below the floor");
        assertThatThrownBy(() -> new Scheme.Item(CLOSURE, 20, 0.99, 0.9)).as("higher is better: a target below the floor is refused")
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("above the floor");
        assertThat(Scoring.fraction(4, 10, 2)).as("lower is better: 4 days is 6/8 of the way to 2").isEqualTo(0.75);
        assertThat(Scoring.fraction(0.95, 0.9, 1.0)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theScoreIsThePointsAsAPercentageOfTheWeightsThatHadAValue() {
        Scheme scheme = new Scheme("s", "scheme", Optional.empty(), Scheme.Units.STREET, Cadence.QUARTERLY, List.of(
                new Scheme.Item(MEDIAN, 30, 10, 2), new Scheme.Item(BACKLOG, 10, 8, 0), new Scheme.Item(CLOSURE, 60, 0.5, 0.9)));
        List<ScoreLine> lines = Scoring.lines(scheme, Map.of(
                MEDIAN.id(), Reading.median(20, 10, 2), BACKLOG.id(), Reading.count(8)));

        assertThat(lines).extracting(ScoreLine::indicator).as("the breakdown in the scheme's order")
                .containsExactly(MEDIAN.id(), BACKLOG.id(), CLOSURE.id());
        assertThat(lines.get(2).counted()).as("no events due: the closure rate has no value").isFalse();
        assertThat(Scoring.score(lines)).as("30 of the 40 weights that had a value; the closure rate's 60 left out")
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(75.0, within(1e-9)));
        assertThat(Scoring.weightCounted(lines)).isEqualTo(40);
    }

    @Test
    void aUnitWithNoValueAtAllHasNoScore() {
        Scheme scheme = new Scheme("s", "scheme", Optional.empty(), Scheme.Units.STREET, Cadence.QUARTERLY,
                List.of(new Scheme.Item(SATISFACTION, 50, 0.6, 0.95)));
        assertThat(Scoring.score(Scoring.lines(scheme, Map.of()))).isEmpty();
    }

    @Test
    void weightsOutsideOneToAHundredAreRefused() {
        assertThatThrownBy(() -> new Scheme.Item(CLOSURE, 0, 0.5, 0.9)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("weight is 1 to 100");
    }
}
