package org.shizhi.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench scores rankings as LeCaRD's metrics.py does; each figure checked against one computed by hand. */
class SimilarCasesMetricsTest {

    private static final SimilarCasesBench.Query QUERY = new SimilarCasesBench.Query("q", "描述", grades());

    private static Map<String, Integer> grades() {
        Map<String, Integer> grades = new LinkedHashMap<>();
        grades.put("a", 3);
        grades.put("b", 2);
        grades.put("c", 0);
        grades.put("d", 3);
        return grades;
    }

    @Test
    void unlabelledCandidatesAreLeftOutOfTheRankingBeforeScoring() {
        assertThat(SimilarCasesBench.labelledGains(QUERY, List.of("x", "c", "a", "y", "d", "b"))).containsExactly(0, 3, 3, 2);
    }

    @Test
    void ndcgUsesTheGradesAsGainsAndTheIdealOfEveryLabel() {
        // ranking c, a, d, b: DCG = 0/1 + 3/log2(3) + 3/2 + 2/log2(5); ideal 3, 3, 2, 0: 3 + 3/log2(3) + 2/2
        double dcg = 3 / log2(3) + 3 / 2.0 + 2 / log2(5);
        double idcg = 3 + 3 / log2(3) + 1;
        assertThat(SimilarCasesBench.ndcg(List.of(0, 3, 3, 2), List.of(3, 3, 2, 0), 30)).isCloseTo(dcg / idcg, within(1e-9));
        assertThat(SimilarCasesBench.ndcg(List.of(3, 3, 2, 0), List.of(3, 3, 2, 0), 10)).as("the ideal ranking").isEqualTo(1.0);
    }

    @Test
    void precisionAndAveragePrecisionCountOnlyGradeThree() {
        assertThat(SimilarCasesBench.precision(List.of(0, 3, 2, 3, 1), 5)).isEqualTo(0.4);
        // relevant at ranks 2 and 4: (1/2 + 2/4) / 2
        assertThat(SimilarCasesBench.averagePrecision(List.of(0, 3, 2, 3, 1))).isEqualTo(0.5);
        assertThat(SimilarCasesBench.averagePrecision(List.of(2, 1, 0))).as("no relevant candidate counts 0").isZero();
    }

    @Test
    void theMeansRunOverEveryQuery() {
        var perfect = SimilarCasesBench.quality(List.of(QUERY), List.of(List.of("a", "d", "b", "c")));
        assertThat(perfect.ndcg30()).isEqualTo(1.0);
        assertThat(perfect.map()).isEqualTo(1.0);
        var twice = SimilarCasesBench.quality(List.of(QUERY, QUERY), List.of(List.of("a", "d", "b", "c"), List.of("c", "b", "a", "d")));
        assertThat(twice.map()).isCloseTo((1.0 + (1 / 3.0 + 2 / 4.0) / 2) / 2, within(1e-9));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
