package org.shizhi.adapters.rest.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shizhi.domain.archive.port.in.CaseView;
import org.shizhi.domain.archive.port.in.PartyView;

/**
 * Case exports for the spreadsheet, one row per case, Chinese headers. The views are already masked by the domain:
 * this writes what the reader may see and nothing else. CSV is UTF-8 with a byte-order mark (so Excel reads the
 * Chinese); xlsx is streamed by fastexcel, row by row.
 */
final class CaseExports {

    public static final List<String> HEADERS = List.of("编号", "来源", "外部编号", "城市", "区域", "案件类型", "标题", "事实", "理由", "结果",
            "全文", "当事人", "发生日期", "结案日期", "标签");

    private CaseExports() {
    }

    public static List<String> cells(CaseView v) {
        return List.of(v.id().value(), v.source().name(), v.externalId().orElse(""), v.city().value(), v.area().value(),
                v.caseType(), v.title(), v.facts(), v.reasoning(), v.outcome(), v.fullText(), parties(v.parties()),
                v.occurredOn().toString(), v.closedOn().toString(), String.join(" ", v.tags()));
    }

    private static String parties(List<PartyView> parties) {
        return parties.stream().map(p -> p.name() + (p.role().isEmpty() ? "" : "（" + p.role() + "）")
                + p.idNumber().map(n -> " " + n).orElse("") + p.phone().map(m -> " " + m).orElse(""))
                .collect(Collectors.joining("；"));
    }

    public static void csv(List<CaseView> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (CaseView v : rows) {
                csv.printRecord(cells(v));
            }
        }
    }

    public static void xlsx(List<CaseView> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Shizhi", "1.0");
        Worksheet sheet = workbook.newWorksheet("案卷");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
        }
        int r = 1;
        for (CaseView v : rows) {
            List<String> cells = cells(v);
            for (int c = 0; c < cells.size(); c++) {
                // Excel holds at most 32,767 characters in a cell.
                String cell = cells.get(c);
                sheet.value(r, c, cell.length() > 32_767 ? cell.substring(0, 32_767) : cell);
            }
            if (r % 1_000 == 0) {
                sheet.flush();
            }
            r++;
        }
        workbook.finish();
    }
}
