package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.ApiResponse;
import org.shizhi.client.api.AssessmentApi;
import org.shizhi.client.api.PluginsApi;
import org.shizhi.client.model.AssessmentCadence;
import org.shizhi.client.model.AssessmentIndicator;
import org.shizhi.client.model.AssessmentScheme;
import org.shizhi.client.model.AssessmentSchemeItem;
import org.shizhi.client.model.AssessmentNotice;
import org.shizhi.client.model.AssessmentNoticeEntry;
import org.shizhi.client.model.NewAssessmentNotice;
import org.shizhi.client.model.NoticeKind;
import org.shizhi.client.model.AssessmentResult;
import org.shizhi.client.model.AssessmentSubject;
import org.shizhi.client.model.ExportFormat;
import org.shizhi.client.model.IndicatorDirection;
import org.shizhi.client.model.IndicatorUnit;
import org.shizhi.client.model.NewAssessmentRun;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.RankedUnit;
import org.shizhi.client.model.ScoreLine;

/**
 * Assessment through the generated client only: the built-in indicators; the shipped default street scheme run over
 * 锦江区's streets for a quarter (stored, read back as that version, every unit with its whole breakdown); a period of
 * the wrong cadence refused naming the field; a result exported as CSV and xlsx and read back; Chengdu's plugin
 * assessment answering as before.
 */
class AssessmentEndToEndTest {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static AssessmentApi as(String jurisdiction, String role) {
        return new AssessmentApi(platform.clientAs("510100", jurisdiction, role));
    }

    @Test
    void theBuiltInIndicatorsDeclareUnitDirectionAndWhatTheyCount() throws Exception {
        List<AssessmentIndicator> indicators = as("510100", "AUDITOR").listAssessmentIndicators().getItems();
        assertThat(indicators).hasSize(25);
        assertThat(indicators.stream().filter(i -> i.getSubject() == AssessmentSubject.GRID_WORKER)).extracting(AssessmentIndicator::getId)
                .containsExactlyInAnyOrder("worker-on-time-resolution", "worker-satisfaction", "worker-events-found",
                        "worker-events-handled", "worker-visits", "worker-training-hours");
        assertThat(indicators.stream().filter(i -> i.getSubject() == AssessmentSubject.DEPARTMENT)).extracting(AssessmentIndicator::getId)
                .containsExactlyInAnyOrder("summons-lateness", "summons-answer-rate", "summons-on-time-answer-rate", "summons-arrival-rate");
        AssessmentIndicator lateness = indicators.stream().filter(i -> i.getId().equals("summons-lateness")).findFirst().orElseThrow();
        assertThat(lateness.getUnit()).isEqualTo(IndicatorUnit.SHARE);
        assertThat(lateness.getDirection()).isEqualTo(IndicatorDirection.LOWER_IS_BETTER);
        assertThat(lateness.getSubject()).isEqualTo(AssessmentSubject.DEPARTMENT);
        assertThat(lateness.getNumerator()).isNotBlank();
        assertThat(lateness.getDenominator()).isNotBlank();
    }

    @Test
    void aRunIsStoredAndReadBackAsItsVersionWithEveryBreakdown() throws Exception {
        AssessmentApi officer = as("510104", "STREET_OFFICER");
        ApiResponse<AssessmentResult> created = officer.runAssessmentWithHttpInfo("street-quarterly",
                new NewAssessmentRun().area("510104").period("2025-Q4"), null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        AssessmentResult run = created.getData();
        assertThat(run.getArea()).isEqualTo("510104000000");
        assertThat(run.getUnits()).as("the streets of 锦江区").isNotEmpty();
        assertThat(run.getUnits()).extracting(RankedUnit::getRank).doesNotHaveDuplicates()
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, run.getUnits().size()).boxed().toList());
        for (RankedUnit unit : run.getUnits()) {
            assertThat(unit.getKey()).startsWith("510104").endsWith("000");
            assertThat(unit.getLines()).as("every item of the scheme in the breakdown of " + unit.getKey()).hasSize(13)
                    .extracting(ScoreLine::getWeight).containsOnly(20, 15, 10, 5);
            assertThat(unit.getLines()).allSatisfy(l -> assertThat(l.getPoints()).isBetween(0.0, (double) l.getWeight()));
        }

        AssessmentResult read = as("510100", "AUDITOR").getAssessmentResultVersion("street-quarterly", "510104000000", "2025-Q4",
                run.getVersion());
        assertThat(read.getUnits()).as("the stored version as computed").isEqualTo(run.getUnits());
        assertThat(as("510100", "AUDITOR").getAssessmentResult("street-quarterly", "510104", "2025-Q4").getVersion())
                .isGreaterThanOrEqualTo(run.getVersion());
    }

    @Test
    void aResultIsExportedAsCsvAndXlsxWithAColumnGroupPerIndicatorAndReadBack() throws Exception {
        AssessmentResult run = as("510100", "CITY_ADMIN").runAssessment("street-quarterly",
                new NewAssessmentRun().area("510104").period("2025-Q2"), null);
        AssessmentApi auditor = as("510100", "AUDITOR");
        int groups = run.getUnits().get(0).getLines().size();
        String first = auditor.listAssessmentIndicators().getItems().stream()
                .filter(i -> i.getId().equals(run.getUnits().get(0).getLines().get(0).getIndicator()))
                .findFirst().orElseThrow().getName();

        File csv = auditor.exportAssessmentResult("street-quarterly", "510104000000", "2025-Q2", ExportFormat.CSV, run.getVersion());
        List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF排名,单位编码,单位名称,得分,覆盖率,覆盖充分,上期排名,名次变化," + first + "原始值,"
                + first + "调整值," + first + "得分,");
        assertThat(lines.get(0).split(",", -1)).hasSize(8 + 3 * groups);
        assertThat(lines.subList(1, lines.size())).as("one row per unit, in rank order").extracting(l -> l.split(",", -1)[1])
                .containsExactlyElementsOf(run.getUnits().stream().map(RankedUnit::getKey).toList());

        File xlsx = auditor.exportAssessmentResult("street-quarterly", "510104000000", "2025-Q2", ExportFormat.XLSX, null);
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + run.getUnits().size());
            assertThat(rows.get(0).getCellText(8)).isEqualTo(first + "原始值");
            assertThat(rows.get(0).getCellCount()).isEqualTo(8 + 3 * groups);
            for (int r = 1; r < rows.size(); r++) {
                RankedUnit unit = run.getUnits().get(r - 1);
                assertThat(rows.get(r).getCellText(1)).isEqualTo(unit.getKey());
                assertThat(Double.parseDouble(rows.get(r).getCellText(4))).isEqualTo(unit.getCoverage());
                for (int g = 0; g < groups; g++) {
                    ScoreLine line = unit.getLines().get(g);
                    String points = rows.get(r).getOptionalCell(8 + 3 * g + 2).map(c -> c.getText()).orElse("");
                    if (line.getAdjusted() == null) {
                        assertThat(points).as("no value: an empty cell, not 0").isEmpty();
                    } else {
                        assertThat(Double.parseDouble(points)).isEqualTo(line.getPoints());
                    }
                }
            }
        }
        ApiException never = catchThrowableOfType(ApiException.class, () -> auditor.exportAssessmentResult("street-quarterly",
                "510104000000", "2019-Q1", ExportFormat.CSV, null));
        assertThat(never.getCode()).isEqualTo(404);
    }

    @Test
    void aPeriodOfTheWrongCadenceIsRefusedNamingTheField() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> as("510100", "CITY_ADMIN")
                .runAssessment("street-quarterly", new NewAssessmentRun().area("510104").period("2025-11"), null));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(platform.client().getObjectMapper().readValue(refused.getResponseBody(), Problem.class).getField())
                .isEqualTo("period");
    }

    @Test
    void theCityPluginsAssessmentOfAnAreaAnswersAsBefore() throws Exception {
        var assessment = new PluginsApi(platform.clientAs("510100", "510104", "STREET_OFFICER")).getAssessment("510104", "2026-11");
        assertThat(assessment.getArea()).isEqualTo("510104000000");
        assertThat(assessment.getSchemes()).as("Chengdu's 1136 through its plugin").isNotEmpty();
    }
    @Test
    void chengdusPluginSchemeIsListedRunStoredRankedAndExportedLikeAConfiguredOne() throws Exception {
        AssessmentApi officer = as("510104", "STREET_OFFICER");
        List<AssessmentScheme> schemes = officer.listAssessmentSchemes().getItems();
        AssessmentScheme cadence = schemes.stream().filter(s -> s.getId().equals("chengdu.cadence-1136")).findFirst()
                .orElseThrow(() -> new AssertionError("the 1136 is not listed among " + schemes));
        assertThat(cadence.getSource()).isEqualTo(AssessmentScheme.SourceEnum.PLUGIN);
        assertThat(cadence.getCity()).isEqualTo("510100000000");
        assertThat(cadence.getCadence()).as("its shortest item's").isEqualTo(AssessmentCadence.MONTHLY);
        assertThat(cadence.getItems()).extracting(AssessmentSchemeItem::getIndicator).containsExactly("chengdu.events-closed.monthly",
                "chengdu.events-on-time", "chengdu.micro-grids-staffed", "chengdu.events-closed.half-yearly");
        assertThat(schemes.stream().filter(s -> s.getId().equals("street-quarterly")).findFirst().orElseThrow().getSource())
                .isEqualTo(AssessmentScheme.SourceEnum.CONFIGURATION);

        AssessmentResult run = officer.runAssessment("chengdu.cadence-1136", new NewAssessmentRun().area("510104").period("2025-11"), null);
        assertThat(run.getUnits()).as("the streets of 锦江区").isNotEmpty()
                .allSatisfy(u -> assertThat(u.getKey()).startsWith("510104").endsWith("000"));
        assertThat(run.getUnits()).extracting(RankedUnit::getRank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, run.getUnits().size()).boxed().toList());
        assertThat(run.getUnits()).allSatisfy(u -> assertThat(u.getLines()).extracting(ScoreLine::getWeight).containsExactly(30, 30, 20, 20));
        AssessmentApi auditor = as("510100", "AUDITOR");
        assertThat(auditor.getAssessmentResultVersion("chengdu.cadence-1136", "510104000000", "2025-11", run.getVersion()).getUnits())
                .as("stored as computed").isEqualTo(run.getUnits());
        File csv = auditor.exportAssessmentResult("chengdu.cadence-1136", "510104000000", "2025-11", ExportFormat.CSV, run.getVersion());
        assertThat(Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8)).hasSize(1 + run.getUnits().size());
    }

    @Test
    void gridWorkersAndDepartmentsAreAssessedOnTheirOwnWorkAndStored() throws Exception {
        AssessmentApi admin = as("510100", "CITY_ADMIN");
        AssessmentResult workers = admin.runAssessment("grid-worker-monthly", new NewAssessmentRun().area("510104").period("2025-11"), null);
        assertThat(workers.getUnits()).allSatisfy(u -> assertThat(u.getLines()).extracting(ScoreLine::getIndicator)
                .containsExactlyInAnyOrder("worker-on-time-resolution", "worker-satisfaction", "worker-events-found", "worker-events-handled",
                        "worker-visits", "worker-training-hours"));
        assertThat(as("510100", "AUDITOR").getAssessmentResultVersion("grid-worker-monthly", "510104000000", "2025-11",
                workers.getVersion()).getUnits()).as("a grid workers' result is stored").isEqualTo(workers.getUnits());
        AssessmentResult departments = admin.runAssessment("department-monthly", new NewAssessmentRun().area("510104").period("2025-11"),
                null);
        assertThat(departments.getUnits()).allSatisfy(u -> assertThat(u.getLines()).extracting(ScoreLine::getIndicator)
                .containsExactlyInAnyOrder("summons-lateness", "summons-answer-rate", "summons-on-time-answer-rate", "summons-arrival-rate"));
    }

    @Test
    void aNoticeIsDraftedAndPublishedOnce() throws Exception {
        AssessmentApi admin = as("510100", "CITY_ADMIN");
        AssessmentResult thin = admin.runAssessment("street-quarterly", new NewAssessmentRun().area("510104").period("2025-Q3"), null);
        assertThat(thin.getUnits()).as("no events here: nothing but a backlog of 0, 5 of the 100 weights")
                .allSatisfy(u -> assertThat(u.getSufficientCoverage()).isFalse());
        ApiException nobody = catchThrowableOfType(ApiException.class, () -> as("510104", "STREET_OFFICER").draftAssessmentNotice(
                "street-quarterly", "510104000000", "2025-Q3", new NewAssessmentNotice().bottom(1).top(1), null));
        assertThat(nobody.getCode()).as("no unit judged, none to name").isEqualTo(400);
        AssessmentResult run = admin.runAssessment("backlog-quarterly", new NewAssessmentRun().area("510104").period("2025-Q3"), null);
        AssessmentNotice draft = as("510104", "STREET_OFFICER").draftAssessmentNotice("backlog-quarterly", "510104000000", "2025-Q3",
                new NewAssessmentNotice().version(run.getVersion()).bottom(1).top(1), null);
        assertThat(draft.getPublished()).isFalse();
        assertThat(draft.getEntries()).extracting(AssessmentNoticeEntry::getKind).containsExactly(NoticeKind.COMMEND, NoticeKind.CRITICISE);
        assertThat(draft.getEntries().get(0).getUnit()).isEqualTo(run.getUnits().get(0));

        AssessmentNotice published = admin.publishAssessmentNotice(draft.getId());
        assertThat(published.getPublished()).isTrue();
        ApiException again = catchThrowableOfType(ApiException.class, () -> admin.publishAssessmentNotice(draft.getId()));
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(as("510100", "AUDITOR").getAssessmentNotice(draft.getId())).isEqualTo(published);
    }
}
