package org.shizhi.adapters.rest.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.Ranking;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.model.Scoring;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

/** Both exports of one result, written and read back: the same headers and cells, hand-computed. */
class AssessmentExportsTest {

    private static final String CLOSURE = BuiltInIndicator.EVENT_CLOSURE_RATE.id();
    private static final String SATISFACTION = BuiltInIndicator.RESIDENT_SATISFACTION.id();
    private static final Scheme SCHEME = new Scheme("street-quarterly", "街道季度综合考核", Optional.empty(), Scheme.Units.STREET,
            Cadence.QUARTERLY, List.of(new Scheme.Item(BuiltInIndicator.EVENT_CLOSURE_RATE.definition(), 60, 0.9, 0.997),
            new Scheme.Item(BuiltInIndicator.RESIDENT_SATISFACTION.definition(), 40, 0.8, 0.98)));

    /**
     * 春熙路: 990 of 1,000 closed (Wilson 0.98169: 60 × 0.8422 = 50.53 points), no verdict: 50.53 of 60, score 84.22,
     * coverage 0.6. 书院街: 1 of 1 closed (0.2065, under the floor: 0 points), 50 of 50 satisfied (0.92865: 40 × 0.7147
     * = 28.59): score 28.59.
     */
    private static AssessmentResult result() {
        var chunxi = new Ranking.Scored(new AssessedUnit(Subject.AREA, "510104022000", "春熙路街道"),
                Scoring.lines(SCHEME, Map.of(CLOSURE, Reading.share(990, 1000))));
        var shuyuan = new Ranking.Scored(new AssessedUnit(Subject.AREA, "510104019000", "书院街街道"),
                Scoring.lines(SCHEME, Map.of(CLOSURE, Reading.share(1, 1), SATISFACTION, Reading.share(50, 50))));
        return new AssessmentResult(SCHEME.id(), SCHEME.name(), AreaCode.of("510104"), AssessmentPeriod.parse("2026-Q4"), 3,
                Instant.parse("2027-01-05T02:00:00Z"), "admin", Ranking.rank(List.of(shuyuan, chunxi), Map.of()));
    }

    private static final List<String> HEADERS = List.of("排名", "单位编码", "单位名称", "得分", "覆盖率", "覆盖充分", "上期排名", "名次变化",
            "事件办结率原始值", "事件办结率调整值", "事件办结率得分", "群众满意率原始值", "群众满意率调整值", "群众满意率得分");

    private static void hasTheResult(List<List<String>> rows) {
        assertThat(rows.getFirst()).isEqualTo(HEADERS);
        assertThat(rows).hasSize(3);
        List<String> first = rows.get(1);
        assertThat(first.subList(0, 3)).containsExactly("1", "510104022000", "春熙路街道");
        assertThat(Double.parseDouble(first.get(3))).isCloseTo(84.22, within(0.01));
        assertThat(Double.parseDouble(first.get(4))).isEqualTo(0.6);
        assertThat(first.subList(5, 8)).as("covered; not assessed before").containsExactly("是", "", "");
        assertThat(Double.parseDouble(first.get(8))).isEqualTo(0.99);
        assertThat(Double.parseDouble(first.get(9))).isCloseTo(0.98169, within(1e-5));
        assertThat(Double.parseDouble(first.get(10))).isCloseTo(50.53, within(0.01));
        assertThat(first.subList(11, 14)).as("no verdict: no value, not 0").containsExactly("", "", "");
        List<String> second = rows.get(2);
        assertThat(second.subList(0, 3)).containsExactly("2", "510104019000", "书院街街道");
        assertThat(Double.parseDouble(second.get(9))).isCloseTo(0.2065, within(1e-4));
        assertThat(Double.parseDouble(second.get(10))).as("under the floor").isZero();
        assertThat(Double.parseDouble(second.get(12))).isCloseTo(0.92865, within(1e-5));
        assertThat(Double.parseDouble(second.get(13))).isCloseTo(28.59, within(0.01));
    }

    @Test
    void theCsvReadsBackWithChineseHeadersOneRowPerUnitAndAGroupPerIndicator() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentExports.csv(result(), out);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).as("byte-order mark").isEqualTo("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                rows.add(record.toList());
            }
        }
        hasTheResult(rows);
    }

    @Test
    void theWorkbookReadsBackTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentExports.xlsx(result(), out);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("考核结果");
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                rows.add(cells);
            }
        }
        hasTheResult(rows);
    }
}
