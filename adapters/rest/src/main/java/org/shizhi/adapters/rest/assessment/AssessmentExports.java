package org.shizhi.adapters.rest.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;

/**
 * A stored result for the spreadsheet: one row per unit in rank order, Chinese headers, then one column group per
 * indicator of the scheme (raw, adjusted, points). Every unit of a result has the scheme's lines in the scheme's order,
 * so the first unit's lines name the groups. A figure without a value is an empty cell, never a 0. CSV is UTF-8 with a
 * byte-order mark (so Excel reads the Chinese); xlsx holds numbers as numbers.
 */
final class AssessmentExports {

    static final List<String> UNIT_HEADERS = List.of("排名", "单位编码", "单位名称", "得分", "覆盖率", "覆盖充分", "上期排名", "名次变化");
    static final List<String> GROUP = List.of("原始值", "调整值", "得分");

    private AssessmentExports() {
    }

    static List<String> headers(AssessmentResult result) {
        List<String> headers = new ArrayList<>(UNIT_HEADERS);
        if (!result.units().isEmpty()) {
            for (ScoreLine line : result.units().getFirst().lines()) {
                String name = BuiltInIndicator.byId(line.indicator()).map(i -> i.definition().name()).orElse(line.indicator());
                GROUP.forEach(g -> headers.add(name + g));
            }
        }
        return headers;
    }

    /** A unit's cells: text, numbers, or null for a figure without a value. */
    static List<Object> cells(RankedUnit u) {
        List<Object> cells = new ArrayList<>();
        cells.add(u.rank());
        cells.add(u.unit().key());
        cells.add(u.unit().name());
        cells.add(u.score().orElse(null));
        cells.add(u.coverage());
        cells.add(u.sufficientCoverage() ? "是" : "否");
        cells.add(u.previousRank().orElse(null));
        cells.add(u.rankChange().orElse(null));
        for (ScoreLine line : u.lines()) {
            cells.add(line.raw().orElse(null));
            cells.add(line.adjusted().orElse(null));
            cells.add(line.counted() ? line.points() : null);
        }
        return cells;
    }

    static void csv(AssessmentResult result, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers(result).toArray(String[]::new)).get())) {
            for (RankedUnit u : result.units()) {
                csv.printRecord(cells(u).stream().map(c -> c == null ? "" : c.toString()).toList());
            }
        }
    }

    static void xlsx(AssessmentResult result, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Shizhi", "1.0");
        Worksheet sheet = workbook.newWorksheet("考核结果");
        List<String> headers = headers(result);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        int r = 1;
        for (RankedUnit u : result.units()) {
            List<Object> cells = cells(u);
            for (int c = 0; c < cells.size(); c++) {
                switch (cells.get(c)) {
                    case null -> { }
                    case Number n -> sheet.value(r, c, n);
                    case Object o -> sheet.value(r, c, o.toString());
                }
            }
            r++;
        }
        workbook.finish();
    }
}
