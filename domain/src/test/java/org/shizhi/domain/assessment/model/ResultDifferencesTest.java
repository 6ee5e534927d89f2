package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.ResultDifferences.LineDifference;
import org.shizhi.domain.assessment.model.ResultDifferences.UnitDifference;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

class ResultDifferencesTest {

    private static final AreaCode DISTRICT = AreaCode.of("510104000000");
    private static final AssessmentPeriod Q3 = AssessmentPeriod.parse("2026-Q3");

    private static ScoreLine closure(long closed, long due, double adjusted, double points) {
        return new ScoreLine("event-closure-rate", closed, due, Optional.of((double) closed / due), Optional.of(adjusted), 0.8, 0.99,
                60, points);
    }

    private static ScoreLine satisfaction(double points) {
        return new ScoreLine("resident-satisfaction", 8, 10, Optional.of(0.8), Optional.of(0.49), 0.6, 0.95, 40, points);
    }

    private static RankedUnit unit(String key, int rank, double score, ScoreLine... lines) {
        return new RankedUnit(new AssessedUnit(Subject.AREA, key, key), rank, Optional.of(score), List.of(lines), Optional.empty(),
                Optional.empty());
    }

    private static AssessmentResult version(int v, RankedUnit... units) {
        return new AssessmentResult("street-quarterly", "街道季度综合考核", DISTRICT, Q3, v, Instant.parse("2026-10-0" + v + "T02:00:00Z"),
                "admin", List.of(units));
    }

    @Test
    void aCorrectedCountShowsInTheUnitsRankScoreAndLine() {
        AssessmentResult first = version(1,
                unit("510104001000", 1, 80, closure(90, 100, 0.83, 10), satisfaction(0)),
                unit("510104002000", 2, 70, closure(80, 100, 0.72, 0), satisfaction(0)),
                unit("510104003000", 3, 50, closure(10, 20, 0.30, 0), satisfaction(0)));
        // Data corrected: 002 closed 18 more events and overtakes 001; 003 is unchanged; 004 was registered since.
        AssessmentResult second = version(2,
                unit("510104002000", 1, 85, closure(98, 100, 0.93, 40), satisfaction(0)),
                unit("510104001000", 2, 80, closure(90, 100, 0.83, 10), satisfaction(0)),
                unit("510104003000", 3, 50, closure(10, 20, 0.30, 0), satisfaction(0)),
                unit("510104004000", 4, 20));

        ResultDifferences d = ResultDifferences.between(first, second);

        assertThat(d.units()).extracting(u -> u.unit().key()).as("the later version's order")
                .containsExactly("510104002000", "510104001000", "510104003000", "510104004000");
        UnitDifference risen = d.units().getFirst();
        assertThat(risen.rankBefore()).contains(2);
        assertThat(risen.rankAfter()).contains(1);
        assertThat(risen.rankChange()).contains(1);
        assertThat(risen.scoreChange()).contains(15.0);
        LineDifference line = risen.lines().getFirst();
        assertThat(line.indicator()).isEqualTo("event-closure-rate");
        assertThat(line.rawBefore()).contains(0.8);
        assertThat(line.rawAfter()).contains(0.98);
        assertThat(line.adjustedBefore()).contains(0.72);
        assertThat(line.adjustedAfter()).contains(0.93);
        assertThat(line.pointsBefore()).contains(0.0);
        assertThat(line.pointsAfter()).contains(40.0);
        assertThat(line.changed()).isTrue();
        assertThat(risen.lines().get(1).changed()).isFalse();

        assertThat(d.units().get(1).rankChange()).as("overtaken").contains(-1);
        assertThat(d.units().get(2).changed()).isFalse();
        UnitDifference added = d.units().get(3);
        assertThat(added.rankBefore()).isEmpty();
        assertThat(added.rankChange()).isEmpty();
        assertThat(added.changed()).isTrue();
        assertThat(d.changed()).extracting(u -> u.unit().key()).containsExactly("510104002000", "510104001000", "510104004000");
    }

    @Test
    void aUnitGoneSinceComesLastAndAVersionComparedWithItselfHasNoChange() {
        AssessmentResult first = version(1, unit("510104001000", 1, 80, closure(90, 100, 0.83, 10)),
                unit("510104009000", 2, 30, closure(1, 2, 0.1, 0)));
        AssessmentResult second = version(2, unit("510104001000", 1, 80, closure(90, 100, 0.83, 10)));

        ResultDifferences d = ResultDifferences.between(first, second);
        UnitDifference gone = d.units().getLast();
        assertThat(gone.unit().key()).isEqualTo("510104009000");
        assertThat(gone.rankAfter()).isEmpty();
        assertThat(gone.lines().getFirst().after()).isEmpty();
        assertThat(gone.lines().getFirst().pointsBefore()).contains(0.0);
        assertThat(ResultDifferences.between(second, second).changed()).isEmpty();
    }

    @Test
    void versionsOfDifferentResultsAreNotCompared() {
        AssessmentResult q3 = version(1, unit("510104001000", 1, 80));
        AssessmentResult q4 = new AssessmentResult("street-quarterly", "街道季度综合考核", DISTRICT, AssessmentPeriod.parse("2026-Q4"), 1,
                Instant.parse("2027-01-05T02:00:00Z"), "admin", List.of());
        assertThatThrownBy(() -> ResultDifferences.between(q3, q4)).isInstanceOf(InvalidValueException.class);
    }
}
