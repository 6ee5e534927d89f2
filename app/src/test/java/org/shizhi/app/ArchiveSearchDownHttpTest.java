package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.app.GridCalls.Person;
import org.shizhi.app.GridCalls.Request;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.Role;

/**
 * The platform configured for an Elasticsearch cluster that does not answer: it starts, search answers 503
 * problem+json naming the backend, and records are still accepted into the database, waiting to be indexed.
 */
@HelidonTest
@AddConfig(key = "shizhi.db.url", value = "jdbc:h2:mem:archive-down;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AddConfig(key = "shizhi.demo-data", value = "true")
@AddConfig(key = "mp.config.profile", value = "embedded")
@AddConfig(key = "shizhi.archive.backend", value = "elasticsearch")
@AddConfig(key = "shizhi.archive.elasticsearch.url", value = "http://127.0.0.1:9")
class ArchiveSearchDownHttpTest {

    private static final Person AUDITOR = new Person("440800", "440800", Role.AUDITOR);

    @Inject
    WebTarget target;

    @Inject
    Platform platform;

    @Test
    void searchIsUnavailableNamingTheBackendWhileRecordsAreStillAccepted() {
        Response response = new GridCalls(target).send(Request.of("GET", "/api/v1/cases").query("q", "噪音"), AUDITOR.bearer());
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString("Retry-After")).isNotBlank();
        JsonObject problem = GridCalls.JsonObjects.parse(body);
        assertThat(problem.getString("type")).isEqualTo("urn:shizhi:problem:search-unavailable");
        assertThat(problem.getString("detail")).contains("elasticsearch");

        var imported = platform.caseArchiveService().importCases(Actor.system(SampleCases.ZHANJIANG),
                List.of(SampleCases.CEILING_LEAK, SampleCases.NIGHT_WORKS));
        assertThat(imported.stored()).isEqualTo(2);
        assertThat(platform.caseRecords().unindexedCount()).as("stored, waiting for the index").isEqualTo(2);
        platform.keepArchive();
        assertThat(platform.caseRecords().unindexedCount()).as("the catch-up leaves them waiting while it is down").isEqualTo(2);
    }
}
