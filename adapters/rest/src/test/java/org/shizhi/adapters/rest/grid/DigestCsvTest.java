package org.shizhi.adapters.rest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.model.WeeklyDigest.CategoryCount;
import org.shizhi.domain.grid.model.WeeklyDigest.GradeCount;
import org.shizhi.domain.grid.model.WeeklyDigest.RiskSignal;
import org.shizhi.domain.shared.AreaCode;

/** 总府路社区's digest for the week of Monday 2025-09-22, as the spreadsheet gets it. */
class DigestCsvTest {

    private static final AreaCode ZONGFU = AreaCode.of("510104022001");
    private static final DigestWeek WEEK = new DigestWeek(LocalDate.of(2025, 9, 22));
    private static final Instant MONDAY_AFTER = Instant.parse("2025-09-29T00:00:00Z");

    private static RiskSignal signal(EventCategory category) {
        return new RiskSignal(GridEventId.random(), GridCode.of(ZONGFU, 1), category, "MEDIUM", "较大", 2, MONDAY_AFTER);
    }

    private static List<CategoryCount> categories(long dispute, long hazard, long opinion) {
        return List.of(new CategoryCount(EventCategory.DISPUTE, "矛盾纠纷", dispute),
                new CategoryCount(EventCategory.SAFETY_HAZARD, "安全隐患", hazard),
                new CategoryCount(EventCategory.SERVICE_REQUEST, "便民服务", 0),
                new CategoryCount(EventCategory.PUBLIC_OPINION, "社情民意", opinion),
                new CategoryCount(EventCategory.PUBLIC_SECURITY, "社会治安", 0),
                new CategoryCount(EventCategory.ENVIRONMENT, "环境卫生", 0),
                new CategoryCount(EventCategory.OTHER, "其他", 0));
    }

    @Test
    void chineseHeadersOneMeasurePerRowAndCrlfLineEnds() {
        WeeklyDigest digest = new WeeklyDigest(ZONGFU, WEEK, MONDAY_AFTER, 3, categories(1, 1, 1),
                List.of(new GradeCount("LOW", "一般", 1, 2), new GradeCount("MEDIUM", "较大", 2, 1)),
                List.of(signal(EventCategory.SAFETY_HAZARD), signal(EventCategory.PUBLIC_OPINION)), 1, 1, 2,
                OptionalDouble.of(3.5));

        String p = "510104022001,2025-09-22,2025-09-28,";
        assertThat(DigestCsv.of(digest)).as("the bytes served before the CSV moved out of the domain").isEqualTo(String.join("\r\n",
                "区域,周起,周止,指标,分项,数值",
                p + "上报,合计,3",
                p + "类别,矛盾纠纷,1", p + "类别,安全隐患,1", p + "类别,便民服务,0", p + "类别,社情民意,1",
                p + "类别,社会治安,0", p + "类别,环境卫生,0", p + "类别,其他,0",
                p + "等级,一般（LOW）,2", p + "等级,较大（MEDIUM）,1",
                p + "新增风险信号,合计,2",
                p + "超期,合计,1",
                p + "办结,合计,1",
                p + "满意度,评价数,2",
                p + "满意度,平均,3.50") + "\r\n");
    }

    @Test
    void aGradeLabelWithACommaAQuoteOrAFormulaIsEscaped() {
        WeeklyDigest digest = new WeeklyDigest(ZONGFU, WEEK, MONDAY_AFTER, 1, categories(0, 0, 0),
                List.of(new GradeCount("ODD", "=一般,\"低\"", 1, 1)), List.of(), 0, 0, 0, OptionalDouble.empty());

        String csv = DigestCsv.of(digest);

        assertThat(csv).as("formula guarded by an apostrophe, then quoted with its quotes doubled")
                .contains(",等级,\"'=一般,\"\"低\"\"（ODD）\",1\r\n");
        assertThat(csv).as("no verdicts: an empty mean").endsWith(",满意度,平均,\r\n");
        assertThat(DigestCsv.guarded("普通")).isEqualTo("普通");
        assertThat(DigestCsv.guarded("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
