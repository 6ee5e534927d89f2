package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

class CoverageTest {

    private static final IndicatorDefinition CLOSURE = BuiltInIndicator.EVENT_CLOSURE_RATE.definition();
    private static final IndicatorDefinition SATISFACTION = BuiltInIndicator.RESIDENT_SATISFACTION.definition();
    private static final IndicatorDefinition RESOLUTION = BuiltInIndicator.DISPUTE_RESOLUTION_RATE.definition();
    /** Weights 30 + 30 + 40: a unit needs values on items of at least 50 of the 100. */
    private static final Scheme SCHEME = new Scheme("s", "s", Optional.empty(), Scheme.Units.COMMUNITY, Cadence.QUARTERLY,
            List.of(new Scheme.Item(CLOSURE, 30, 0.5, 0.95), new Scheme.Item(SATISFACTION, 30, 0.5, 0.95),
                    new Scheme.Item(RESOLUTION, 40, 0.5, 0.95)));

    private static Ranking.Scored unit(String key, Map<String, Reading> readings) {
        return new Ranking.Scored(new AssessedUnit(Subject.AREA, key, "community " + key), Scoring.lines(SCHEME, readings));
    }

    /** Almost no data: 100 of 100 events closed (Wilson 0.963), nothing else: full points on 30 of 100 weights, a score of 100. */
    private static final Ranking.Scored THIN = unit("510104001001", Map.of(CLOSURE.id(), Reading.share(100, 100)));
    /** Everything counted, middling: 0.8 raw on all three over large denominators. */
    private static final Ranking.Scored FULL = unit("510104001002", Map.of(CLOSURE.id(), Reading.share(800, 1000),
            SATISFACTION.id(), Reading.share(800, 1000), RESOLUTION.id(), Reading.share(800, 1000)));
    /** Closure and resolution: 70 of 100 weights. */
    private static final Ranking.Scored PARTIAL = unit("510104001003", Map.of(CLOSURE.id(), Reading.share(500, 1000),
            RESOLUTION.id(), Reading.share(500, 1000)));

    @Test
    void coverageIsTheWeightWithAValueOverTheSchemesWeight() {
        assertThat(Coverage.of(THIN.lines())).isEqualTo(0.3);
        assertThat(Coverage.of(PARTIAL.lines())).isEqualTo(0.7);
        assertThat(Coverage.of(FULL.lines())).isEqualTo(1.0);
        assertThat(Coverage.of(List.of())).isZero();
        assertThat(Coverage.sufficient(unit("510104001004", Map.of(RESOLUTION.id(), Reading.share(9, 10),
                CLOSURE.id(), Reading.share(0, 0))).lines())).as("40 of 100: below half").isFalse();
        var half = new Scheme("h", "h", Optional.empty(), Scheme.Units.COMMUNITY, Cadence.QUARTERLY,
                List.of(new Scheme.Item(CLOSURE, 50, 0.5, 0.95), new Scheme.Item(SATISFACTION, 50, 0.5, 0.95)));
        assertThat(Coverage.sufficient(Scoring.lines(half, Map.of(CLOSURE.id(), Reading.share(1, 2))))).as("exactly half is enough")
                .isTrue();
    }

    @Test
    void aUnitWithAlmostNoDataRanksAfterEveryCoveredUnitWhateverItsScore() {
        assertThat(THIN.score()).as("100 % on its one item").contains(100.0);
        assertThat(FULL.score()).hasValueSatisfying(s -> assertThat(s).isLessThan(100));

        List<RankedUnit> ranked = Ranking.rank(List.of(THIN, FULL, PARTIAL), Map.of());

        assertThat(ranked).extracting(r -> r.unit().key()).as("FULL about 61, PARTIAL 0 (its Wilson bounds under the floor), then THIN despite its 100")
                .containsExactly("510104001002", "510104001003", "510104001001");
        RankedUnit thin = ranked.get(2);
        assertThat(thin.score()).as("the score is still shown").contains(100.0);
        assertThat(thin.coverage()).isEqualTo(0.3);
        assertThat(thin.sufficientCoverage()).isFalse();
        assertThat(ranked.get(1).sufficientCoverage()).isTrue();
    }

    @Test
    void aNoticeNamesOnlyUnitsWithSufficientCoverage() {
        AssessmentResult result = new AssessmentResult("s", "s", AreaCode.of("510104001000"), AssessmentPeriod.parse("2026-Q4"), 1,
                Instant.parse("2027-01-05T01:00:00Z"), "admin", Ranking.rank(List.of(THIN, FULL, PARTIAL), Map.of()));

        Notice notice = Notice.draft(UUID.randomUUID(), result, 1, 1, Instant.parse("2027-01-06T01:00:00Z"), "admin");

        assertThat(notice.of(Notice.Kind.COMMEND)).extracting(e -> e.unit().unit().key()).containsExactly("510104001002");
        assertThat(notice.of(Notice.Kind.CRITICISE)).as("the last covered unit, not the thin one ranked after it")
                .extracting(e -> e.unit().unit().key()).containsExactly("510104001003");
    }
}
