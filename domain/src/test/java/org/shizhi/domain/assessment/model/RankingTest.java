package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

class RankingTest {

    private static final IndicatorDefinition BACKLOG = BuiltInIndicator.PETITION_BACKLOG.definition();
    private static final IndicatorDefinition MEDIAN = BuiltInIndicator.EVENT_MEDIAN_WORKING_DAYS_TO_CLOSE.definition();
    private static final Scheme SCHEME = new Scheme("s", "s", Optional.empty(), Scheme.Units.STREET, Cadence.QUARTERLY,
            List.of(new Scheme.Item(BACKLOG, 10, 10, 0), new Scheme.Item(MEDIAN, 10, 10, 0)));

    private static final Scheme MEDIAN_ONLY = new Scheme("m", "m", Optional.empty(), Scheme.Units.STREET, Cadence.QUARTERLY,
            List.of(new Scheme.Item(MEDIAN, 10, 10, 0)));

    /** A unit with nothing closed: no value on the scheme's only item. */
    private static Ranking.Scored unscored(String key) {
        return new Ranking.Scored(new AssessedUnit(Subject.AREA, key, "street " + key), Scoring.lines(MEDIAN_ONLY, Map.of()));
    }

    private static Ranking.Scored unit(String key, Map<String, Reading> readings) {
        return new Ranking.Scored(new AssessedUnit(Subject.AREA, key, "street " + key), Scoring.lines(SCHEME, readings));
    }

    @Test
    void equalScoresAreBrokenByTheWeightTheyRestOnThenByCode() {
        var both = unit("510104003000", Map.of(BACKLOG.id(), Reading.count(5), MEDIAN.id(), Reading.median(50, 10, 5)));
        var oneOnly = unit("510104001000", Map.of(BACKLOG.id(), Reading.count(5)));
        var sameAsBoth = unit("510104002000", Map.of(BACKLOG.id(), Reading.count(5), MEDIAN.id(), Reading.median(50, 10, 5)));
        var nothing = unscored("510104000001");

        List<RankedUnit> ranked = Ranking.rank(List.of(nothing, oneOnly, both, sameAsBoth), Map.of());

        assertThat(ranked).as("all score 50: two items before one, then by code; the unscored last")
                .extracting(r -> r.unit().key())
                .containsExactly("510104002000", "510104003000", "510104001000", "510104000001");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked.get(3).score()).isEmpty();
        assertThat(Ranking.rank(List.of(sameAsBoth, oneOnly, nothing, both), Map.of())).as("the input order does not matter")
                .isEqualTo(ranked);
    }

    @Test
    void theChangeSinceThePreviousPeriodIsShown() {
        var a = unit("510104001000", Map.of(BACKLOG.id(), Reading.count(0)));
        var b = unit("510104002000", Map.of(BACKLOG.id(), Reading.count(5)));
        List<RankedUnit> before = Ranking.rank(List.of(a, unit("510104002000", Map.of(BACKLOG.id(), Reading.count(0))),
                unit("510104003000", Map.of(BACKLOG.id(), Reading.count(9)))), Map.of());
        Map<String, RankedUnit> previous = Map.of(before.get(0).unit().key(), before.get(0), before.get(1).unit().key(), before.get(1));

        List<RankedUnit> now = Ranking.rank(List.of(a, b, unscored("510104004000")), previous);

        assertThat(now.get(0).rankChange()).as("first then and now").contains(0);
        assertThat(now.get(1).rankChange()).as("second (by code) then, second now").contains(0);
        assertThat(now.get(1).scoreChange()).as("from 100 to 50").contains(-50.0);
        assertThat(now.get(2).previousRank()).as("not assessed before").isEmpty();
    }
}
