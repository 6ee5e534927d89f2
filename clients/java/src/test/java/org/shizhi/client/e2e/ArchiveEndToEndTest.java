package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.AuditApi;
import org.shizhi.client.model.AuditAction;
import org.shizhi.client.model.AuditEntry;
import org.shizhi.client.model.CaseHit;
import org.shizhi.client.model.CasePage;
import org.shizhi.client.model.CaseRecord;
import org.shizhi.client.model.CaseSource;
import org.shizhi.client.model.ChainVerdict;
import org.shizhi.client.model.ImportSummary;

/**
 * The case archive through the generated client only: an integrator imports a city's historical cases as JSON lines
 * (one of them broken), an auditor searches them, reads one with the personal data masked, and finds both in the
 * audit, whose chain verifies.
 */
class ArchiveEndToEndTest {

    private static final String ID_NUMBER = "110101199003074514";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("440800", "440800", "INTEGRATOR");

    @TempDir
    Path folder;

    @Test
    void importedHistoricalCasesAreFoundReadMaskedAndAudited() throws Exception {
        Path file = folder.resolve("cases.jsonl");
        Files.write(file, List.of(
                line("E2E-ARCH-1", "楼上装修噪音扰民纠纷", "住户反映楼上邻居夜间装修施工，噪音扰民，身份证号" + ID_NUMBER + "的张伟多次协商未果。"),
                line("E2E-ARCH-2", "宅基地边界纠纷", "两户村民因宅基地边界的围墙走向发生争执。"),
                "{\"externalId\":\"E2E-ARCH-3\",\"cityCode\":\"440800\"}"), StandardCharsets.UTF_8);

        ImportSummary summary = new ArchiveApi(platform.client()).importCases(Files.readString(file));
        ImportSummary again = new ArchiveApi(platform.client()).importCases(Files.readString(file));

        assertThat(summary.getImported()).as("two good lines imported: %s", summary).isEqualTo(2L);
        assertThat(summary.getRejected()).as("the line without its required fields is rejected").isEqualTo(1L);
        assertThat(summary.getRejects()).singleElement().satisfies(r -> assertThat(r.getLine()).as("the broken line by its number").isEqualTo(3L));
        assertThat(again.getImported()).as("a second run imports nothing again").isZero();
        assertThat(again.getSkipped()).isEqualTo(2L);

        ArchiveApi auditor = new ArchiveApi(platform.clientAs("440800", "440800", "AUDITOR"));
        CasePage page = searchUntilIndexed(auditor, "装修噪音");
        CaseHit hit = page.getItems().get(0);
        CaseRecord read = auditor.getCase(hit.getId());

        assertThat(hit.getSource()).isEqualTo(CaseSource.HISTORICAL);
        assertThat(hit.getTitle()).isEqualTo("楼上装修噪音扰民纠纷");
        assertThat(read.getFacts()).as("an auditor without PERSONAL_DATA sees no ID number").doesNotContain(ID_NUMBER)
                .contains("夜间装修施工");

        AuditApi audit = new AuditApi(platform.clientAs("440800", "440800", "AUDITOR"));
        List<AuditEntry> entries = audit.listAuditEntries(null, null, null, null, null, null, 100).getItems();
        ChainVerdict verdict = audit.verifyAudit();

        assertThat(entries).as("the search and the read are audited with what they returned")
                .anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.SEARCH))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.READ);
                    assertThat(e.getIds()).contains(hit.getId());
                });
        assertThat(verdict.getIntact()).as("the audit chain verifies: %s", verdict.getReason()).isTrue();
    }

    /** The index is derived and fed in the background: the records are stored at once, searchable seconds later. */
    private static CasePage searchUntilIndexed(ArchiveApi api, String words) throws Exception {
        CasePage page = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            page = api.searchCases(words, null, null, null, null, null, null, null, null, null, null, null, null, 10);
            if (!page.getItems().isEmpty()) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("an imported case was not found by '" + words + "' within 30 s; last page: " + page);
    }

    private static String line(String externalId, String title, String facts) {
        return "{\"externalId\":\"" + externalId + "\",\"cityCode\":\"440800\",\"areaCode\":\"440802001001\",\"caseType\":\"邻里纠纷\","
                + "\"title\":\"" + title + "\",\"facts\":\"" + facts + "\",\"reasoning\":\"依据相关规定调解。\",\"outcome\":\"双方达成调解协议。\","
                + "\"fullText\":\"\",\"occurredOn\":\"2023-03-02\",\"closedOn\":\"2023-03-20\",\"tags\":[\"e2e\"]}";
    }
}
