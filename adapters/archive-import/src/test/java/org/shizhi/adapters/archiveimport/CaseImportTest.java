package org.shizhi.adapters.archiveimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.service.CaseArchiveService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;

/**
 * The import over a real database and index: bad lines go to the rejects with their number and reason and nothing of
 * them is stored; an import killed half-way and run again stores every case once.
 */
class CaseImportTest {

    private static final AreaCode ZHANJIANG = SampleCases.ZHANJIANG;

    @TempDir
    Path dir;

    private Database database;
    private LuceneCaseArchive archive;
    private CaseArchiveService service;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 2), PersonalDataKeys.generate("k1"));
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
        archive = LuceneCaseArchive.open(dir.resolve("index"), clock);
        service = new CaseArchiveService(archive, database.caseRecordStore(), database.auditLog(), clock);
    }

    @AfterEach
    void close() {
        archive.close();
        database.close();
    }

    static String line(int n) {
        String id = "11010119900307" + String.format("%03d", n % 1000);
        id = id + IdNumber.checkCharacter(id);
        return "{\"externalId\":\"ZJ-" + n + "\",\"cityCode\":\"440800\",\"areaCode\":\"440802001001\",\"caseType\":\"邻里纠纷\","
                + "\"title\":\"第" + n + "号楼道堆物纠纷\",\"facts\":\"住户反映楼道堆放杂物，影响通行。\",\"reasoning\":\"依据消防规定。\","
                + "\"outcome\":\"清理完毕。\",\"fullText\":\"\",\"parties\":[{\"name\":\"王芳\",\"role\":\"申请人\",\"idNumber\":\"" + id
                + "\",\"phone\":\"13912345678\"}],\"occurredOn\":\"2023-05-0" + (1 + n % 9) + "\",\"closedOn\":\"2023-06-01\","
                + "\"tags\":[\"楼道\"]}";
    }

    private static String file(int from, int to, List<Integer> broken) {
        StringBuilder b = new StringBuilder();
        for (int n = from; n <= to; n++) {
            if (broken.contains(n)) {
                b.append(switch (n % 3) {
                    case 0 -> "{\"externalId\":\"ZJ-" + n + "\", not json";
                    case 1 -> line(n).replace("\"title\":\"第" + n + "号楼道堆物纠纷\",", "");
                    default -> line(n).replace("\"idNumber\":\"", "\"idNumber\":\"9");
                });
            } else {
                b.append(line(n));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private CaseImport.Summary run(String text, StringWriter rejects) throws IOException {
        return new CaseImport(service, Actor.system(ZHANJIANG))
                .run(new BufferedReader(new StringReader(text)), CaseImport.Rejects.jsonLines(rejects), lines -> { });
    }

    private long hits(String q) {
        return archive.search(new ArchiveQuery(SearchText.parse(q, SearchText.Mode.KEYWORDS), CaseFilters.none(), CaseSort.NEWEST,
                Optional.empty(), Long.MAX_VALUE, 1, Set.of(), false)).total();
    }

    @Test
    void badLinesAreRejectedWholeWithTheirNumberAndReason() throws IOException {
        StringWriter rejects = new StringWriter();
        CaseImport.Summary s = run(file(1, 2_500, List.of(3, 1_001, 2_002)), rejects);
        assertThat(s).isEqualTo(new CaseImport.Summary(2_500, 2_497, 0, 3));
        List<String> lines = rejects.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"line\":3").contains("not JSON");
        assertThat(lines.get(1)).contains("\"line\":1001").contains("title");
        assertThat(lines.get(2)).contains("\"line\":2002").contains("idNumber");
        assertThat(database.caseRecordStore().count()).isEqualTo(2_497);
        assertThat(database.caseRecordStore().find(CaseId.ofImported(ZHANJIANG, "ZJ-1001"))).as("nothing of a bad line").isEmpty();
        assertThat(hits("楼道堆物")).as("indexed as they were imported").isEqualTo(2_497);
    }

    @Test
    void aPartyMayBeAnOrganisationAndAnUnknownKindRejectsTheLine() throws IOException {
        String organisation = line(1).replace("\"parties\":[", "\"parties\":[{\"name\":\"赤坎物业管理有限公司\",\"role\":\"被申请人\","
                + "\"kind\":\"ORGANISATION\"},");
        String unknown = line(2).replace("\"role\":\"申请人\"", "\"role\":\"申请人\",\"kind\":\"COMPANY\"");
        StringWriter rejects = new StringWriter();

        CaseImport.Summary s = run(organisation + "\n" + unknown + "\n", rejects);

        assertThat(s).isEqualTo(new CaseImport.Summary(2, 1, 0, 1));
        assertThat(rejects.toString()).contains("\"line\":2").contains("parties[0].kind: must be PERSON or ORGANISATION");
        assertThat(database.caseRecordStore().find(CaseId.ofImported(ZHANJIANG, "ZJ-1")).orElseThrow().parties())
                .extracting(Party::kind).containsExactly(Party.Kind.ORGANISATION, Party.Kind.PERSON);
    }

    @Test
    void anImportKilledHalfWayAndRunAgainStoresEveryCaseOnce() throws IOException {
        String whole = file(1, 3_000, List.of());
        // Killed while reading line 1,700: the first batch of 1,000 was stored, the second never was.
        BufferedReader dying = new BufferedReader(new StringReader(whole)) {
            private int read;

            @Override
            public String readLine() throws IOException {
                if (++read == 1_700) {
                    throw new IOException("killed");
                }
                return super.readLine();
            }
        };
        assertThatThrownBy(() -> new CaseImport(service, Actor.system(ZHANJIANG))
                .run(dying, CaseImport.Rejects.jsonLines(new StringWriter()), lines -> { })).hasMessage("killed");
        assertThat(database.caseRecordStore().count()).isEqualTo(1_000);

        CaseImport.Summary again = run(whole, new StringWriter());
        assertThat(again).isEqualTo(new CaseImport.Summary(3_000, 2_000, 1_000, 0));
        assertThat(database.caseRecordStore().count()).isEqualTo(3_000);
        assertThat(archive.count()).isEqualTo(3_000);
        assertThat(hits("楼道堆物")).isEqualTo(3_000);
    }

    @Test
    void aLineOfAnotherCityIsRejected() throws IOException {
        StringWriter rejects = new StringWriter();
        CaseImport.Summary s = run(line(1).replace("\"cityCode\":\"440800\"", "\"cityCode\":\"510100\"")
                .replace("440802001001", "510104001001") + "\n", rejects);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects.toString()).contains("cityCode");
    }

}
