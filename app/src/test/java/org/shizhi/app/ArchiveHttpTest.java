package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Role;

/**
 * The case archive over HTTP on the started platform with the embedded Lucene index: search with facets and
 * highlights, masking with and without the privilege, reads, CSV and xlsx exports, the audit log and its verification
 * (also after a row is tampered with in SQL), and bad input as problem+json.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:archive-http;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.archive.lucene.dir", value = ArchiveHttpTest.INDEX)
class ArchiveHttpTest {

    static final String INDEX = "target/test-data/archive-http-index";

    static {
        // The database is new for every run (in memory): so must the index be.
        deleteTree(Path.of(INDEX));
    }

    private static final Person AUDITOR = new Person("440800", "440800", Role.AUDITOR);
    private static final Person PRIVILEGED_AUDITOR = new Person("440800", "440800", Role.AUDITOR, "PERSONAL_DATA");
    private static final Person MEDIATOR = new Person("440800", "440802", Role.MEDIATOR);

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    private GridCalls api;
    private static boolean archived;

    @BeforeEach
    void archiveTheZhanjiangSamples() {
        api = new GridCalls(target);
        if (!archived) {
            List<CaseRecord> zhanjiang = SampleCases.ALL.stream().filter(r -> r.city().equals(SampleCases.ZHANJIANG)).toList();
            platform.caseArchiveService().importCases(Actor.system(SampleCases.ZHANJIANG), zhanjiang);
            archived = true;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSearchAnswersHitsFacetsAndHighlightedMaskedSnippets() {
        JsonObject page = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("q", "噪音"), 200, "search");
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("snippet")).contains("<em>噪音</em>");
        assertThat(page.getJsonObject("facets").getJsonArray("caseType").getJsonObject(0).getString("value")).isEqualTo("邻里纠纷");
        String body = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("q", "推销 OR 工人代表"), 200, "search").toString();
        assertThat(body).doesNotContain(SampleCases.MOBILE).doesNotContain(SampleCases.ID_NUMBER).contains("138****5678");
        String clear = api.call(PRIVILEGED_AUDITOR, Request.of("GET", "/api/v1/cases").query("q", "推销"), 200, "search").toString();
        assertThat(clear).contains(SampleCases.MOBILE);
    }

    @Test
    void filtersSortAndCursorPages() {
        JsonObject first = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("sort", "newest").query("limit", "4")
                .query("closedFrom", "2020-01-01"), 200, "page 1");
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(6);
        assertThat(first.getJsonArray("items")).hasSize(4);
        JsonObject second = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("sort", "newest").query("limit", "4")
                .query("closedFrom", "2020-01-01").query("cursor", first.getString("nextCursor")), 200, "page 2");
        assertThat(second.getJsonArray("items")).hasSize(2);
        assertThat(second.containsKey("nextCursor")).isFalse();
        JsonObject chikan = api.call(MEDIATOR, Request.of("GET", "/api/v1/cases").query("caseType", "邻里纠纷"), 200, "jurisdiction");
        assertThat(chikan.getJsonNumber("total").longValue()).as("the mediator's district 440802 only").isEqualTo(2);
    }

    @Test
    void aReadIsMaskedAndAudited() {
        JsonObject read = api.call(AUDITOR, Request.of("GET", "/api/v1/cases/" + SampleCases.RENOVATION_NOISE.id()), 200, "read");
        JsonObject party = read.getJsonArray("parties").getJsonObject(0);
        assertThat(party.getString("name")).isEqualTo("张*");
        assertThat(party.getString("phone")).isEqualTo("138****5678");
        assertThat(read.getString("facts")).doesNotContain("张伟");
        JsonObject audit = api.call(AUDITOR, Request.of("GET", "/api/v1/audit").query("action", "READ"), 200, "audit");
        assertThat(audit.getJsonArray("items").getJsonObject(0).getJsonArray("ids").getString(0))
                .isEqualTo(SampleCases.RENOVATION_NOISE.id().value());
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("subject")).isNotBlank();
    }

    @Test
    void exportsAreCsvAndXlsxMaskedLikeReads() {
        Response csv = api.send(Request.of("GET", "/api/v1/cases/export").query("q", "推销 OR 工人代表"), AUDITOR.bearer());
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaderString("Content-Disposition")).contains("attachment").contains(".csv");
        byte[] bytes = csv.readEntity(byte[].class);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF编号,来源").doesNotContain(SampleCases.MOBILE).doesNotContain(SampleCases.ID_NUMBER);
        assertThat(text.lines().filter(l -> l.startsWith("ge-") || l.startsWith("dp-") || l.startsWith("im-")).count()).isEqualTo(2);
        Response xlsx = api.send(Request.of("GET", "/api/v1/cases/export").query("format", "xlsx"), AUDITOR.bearer());
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getMediaType().toString()).isEqualTo(ArchiveResourceTypes.XLSX);
        byte[] workbook = xlsx.readEntity(byte[].class);
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip, as xlsx is").isEqualTo("PK");
    }

    @Test
    void theAuditChainVerifiesAndATamperedRowIsNamed() throws SQLException {
        api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("q", "漏水"), 200, "search");
        JsonObject intact = api.call(AUDITOR, Request.of("GET", "/api/v1/audit/verify"), 200, "verify");
        assertThat(intact.getBoolean("intact")).isTrue();
        try (Connection c = platform.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET hit_count = hit_count + 1000 WHERE sequence = 1");
            try {
                JsonObject broken = api.call(AUDITOR, Request.of("GET", "/api/v1/audit/verify"), 200, "verify");
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("firstBroken").longValue()).isEqualTo(1);
                assertThat(broken.getString("reason")).contains("changed");
            } finally {
                s.executeUpdate("UPDATE audit_entry SET hit_count = hit_count - 1000 WHERE sequence = 1");
            }
        }
    }

    @Test
    void anImportOverHttpStoresTheGoodLinesListsTheBadOnesAndResumes() {
        String good = "{\"externalId\":\"HTTP-1\",\"caseType\":\"物业纠纷\",\"title\":\"电梯停运纠纷\",\"facts\":\"小区电梯停运一周。\","
                + "\"occurredOn\":\"2019-03-01\",\"closedOn\":\"2019-03-09\",\"areaCode\":\"440803002000\"}";
        String bad = "{\"externalId\":\"HTTP-2\",\"caseType\":\"物业纠纷\",\"occurredOn\":\"2024-03-01\",\"closedOn\":\"2024-03-09\"}";
        Person admin = new Person("440800", "440800", Role.CITY_ADMIN);
        Request request = Request.of("POST", "/api/v1/case-imports").header("Content-Type", "application/x-ndjson")
                .body(good + "\n" + bad + "\n");
        JsonObject first = api.call(admin, request, 200, "import");
        assertThat(first.getJsonNumber("imported").longValue()).isEqualTo(1);
        assertThat(first.getJsonNumber("rejected").longValue()).isEqualTo(1);
        assertThat(first.getJsonArray("rejects").getJsonObject(0).getInt("line")).isEqualTo(2);
        assertThat(first.getJsonArray("rejects").getJsonObject(0).getString("reason")).contains("title");
        JsonObject again = api.call(admin, request, 200, "import again");
        assertThat(again.getJsonNumber("imported").longValue()).isZero();
        assertThat(again.getJsonNumber("skipped").longValue()).isEqualTo(1);
        JsonObject found = api.call(AUDITOR, Request.of("GET", "/api/v1/cases").query("q", "电梯停运"), 200, "search");
        assertThat(found.getJsonNumber("total").longValue()).as("imported and indexed").isEqualTo(1);
    }

    @Test
    void badInputIsProblemJsonNamingTheField() {
        isProblem(api.send(Request.of("GET", "/api/v1/cases").query("q", "\"夜间施工"), AUDITOR.bearer()), 400, "q");
        isProblem(api.send(Request.of("GET", "/api/v1/cases").query("limit", "101"), AUDITOR.bearer()), 400, "limit");
        isProblem(api.send(Request.of("GET", "/api/v1/cases").query("cursor", "bm9wZQ"), AUDITOR.bearer()), 400, "cursor");
        isProblem(api.send(Request.of("GET", "/api/v1/cases").query("similarTo", SampleCases.CEILING_LEAK.id().value())
                .query("q", "漏水"), AUDITOR.bearer()), 400, "similarTo");
        Response missing = api.send(Request.of("GET", "/api/v1/cases/im-00000000-0000-4000-8000-000000000000"), AUDITOR.bearer());
        assertThat(missing.getStatus()).isEqualTo(404);
    }

    private static void isProblem(Response response, int status, String field) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(GridCalls.JsonObjects.parse(body).getString("field")).as(body).isEqualTo(field);
    }

    /** The media type the contract names for xlsx. */
    static final class ArchiveResourceTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
