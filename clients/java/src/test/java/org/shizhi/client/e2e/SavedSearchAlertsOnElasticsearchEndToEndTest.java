package org.shizhi.client.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchServer;
import org.shizhi.client.ApiClient;

/**
 * {@link SavedSearchAlerts} on a real Elasticsearch, in the {@code e2e-on-elasticsearch} JVM (one platform per JVM).
 * Skipped with the reason where the server cannot start, except under {@code CI=true}.
 */
class SavedSearchAlertsOnElasticsearchEndToEndTest extends SavedSearchAlerts {

    @RegisterExtension
    @Order(1)
    static final ElasticsearchServer elasticsearch = new ElasticsearchServer();

    @RegisterExtension
    @Order(2)
    static final BeforeAllCallback archiveOnElasticsearch = context -> {
        String url;
        try {
            url = elasticsearch.baseUrl();
        } catch (IllegalStateException notStarted) {
            Assumptions.abort("Elasticsearch did not start (see above)");
            return;
        }
        System.setProperty("shizhi.archive.backend", "elasticsearch");
        System.setProperty("shizhi.archive.elasticsearch.url", url);
    };

    @RegisterExtension
    @Order(3)
    static final PlatformUnderTest platform = PlatformUnderTest.as("440800", "440800", "AUDITOR");

    @Override
    ApiClient clientAs(String subject, String jurisdiction, String... roles) {
        return platform.clientAsSubject(subject, "440800", jurisdiction, roles);
    }

    @Override
    String backendName() {
        return "elasticsearch";
    }
}
