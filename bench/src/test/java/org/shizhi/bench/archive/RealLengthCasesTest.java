package org.shizhi.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseRecord;

/** The real-length generator makes the lengths it promises, and the same record twice for the same index. */
class RealLengthCasesTest {

    private static final Path DATA = Path.of(System.getProperty("shizhi.bench.data", "/work/shared/data"));
    private static final Path SEEDS = Path.of(System.getProperty("shizhi.bench.seeds", "/work/shared/seeds"));

    @Test
    void judgmentsAndMediationRecordsHaveTheLengthsOfARealArchive() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("lecard-dev/candidates.jsonl.gz"))
                && Files.isRegularFile(DATA.resolve("promediconv/pmc_test.txt")), "LeCaRD or ProMediConv is not under " + DATA);
        Optional<RealLengthCases> loaded = RealLengthCases.load(7L, new CaseGenerator(20251121L, DATA, SEEDS), DATA.resolve("lecard-dev"), 10);
        RealLengthCases cases = loaded.orElseThrow();
        int judgments = 0;
        int[] fullTexts = new int[2_000];
        for (long i = 1; i <= 20_000; i++) {
            CaseRecord r = cases.record(i);
            int length = r.facts().length() + r.reasoning().length() + r.outcome().length() + r.fullText().length();
            if (cases.isJudgment(i)) {
                fullTexts[judgments++] = r.fullText().length();
                assertThat(r.facts().length()).isBetween(r.fullText().length() / 4, r.fullText().length());
                assertThat(r.reasoning()).isNotEmpty();
                assertThat(r.outcome()).isNotEmpty();
                assertThat(r.parties()).singleElement().satisfies(p -> assertThat(r.fullText()).contains(p.name()));
            } else {
                assertThat(length).as("mediation record %d", i).isBetween(300, 3_400);
            }
        }
        Arrays.sort(fullTexts);
        assertThat(judgments).isEqualTo(2_000);
        assertThat(fullTexts[1_000]).as("median").isBetween(4_000, 5_000);
        long over = Arrays.stream(fullTexts).filter(l -> l > 17_000).count();
        assertThat(over).as("over 17,000").isBetween(150L, 250L);
        assertThat(fullTexts[1_999]).isLessThanOrEqualTo(RealLengthCases.LONGEST).isGreaterThan(40_000);
        assertThat(cases.record(4_321)).isEqualTo(cases.record(4_321));
        assertThat(cases.description(3)).hasSizeBetween(150, 1_500);
    }
}
