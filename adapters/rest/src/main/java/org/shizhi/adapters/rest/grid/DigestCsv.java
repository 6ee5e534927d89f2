package org.shizhi.adapters.rest.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shizhi.domain.grid.model.WeeklyDigest;

/**
 * 一周一结 as CSV: RFC 4180 (CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled), one
 * measure per row under {@link #HEADER}. A text cell a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) gets an apostrophe in front. No byte-order mark: {@link DigestsResource} adds it for Excel.
 */
final class DigestCsv {

    /** Area, week start, week end, measure, item, value. */
    public static final String[] HEADER = {"区域", "周起", "周止", "指标", "分项", "数值"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private DigestCsv() {
    }

    public static String of(WeeklyDigest digest) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            Rows rows = new Rows(csv, digest);
            rows.add("上报", "合计", Long.toString(digest.reported()));
            for (WeeklyDigest.CategoryCount c : digest.byCategory()) {
                rows.add("类别", c.label(), Long.toString(c.count()));
            }
            for (WeeklyDigest.GradeCount g : digest.byGrade()) {
                rows.add("等级", g.label() + "（" + g.code() + "）", Long.toString(g.count()));
            }
            rows.add("新增风险信号", "合计", Integer.toString(digest.newRiskSignals().size()));
            rows.add("超期", "合计", Long.toString(digest.overdue()));
            rows.add("办结", "合计", Long.toString(digest.closed()));
            rows.add("满意度", "评价数", Long.toString(digest.verdicts()));
            rows.add("满意度", "平均", digest.meanSatisfaction().isPresent()
                    ? String.format(Locale.ROOT, "%.2f", digest.meanSatisfaction().getAsDouble()) : "");
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private record Rows(CSVPrinter csv, WeeklyDigest digest) {

        void add(String measure, String item, String value) throws IOException {
            csv.printRecord(digest.area().value(), digest.week().monday(), digest.week().sunday(), guarded(measure),
                    guarded(item), value);
        }
    }

    /** A text a spreadsheet would take for a formula, made plain text. */
    public static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
