package org.shizhi.client.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchServer;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.AuditApi;

/**
 * {@link LongCaseDescriptions} on a real Elasticsearch, the one the adapter's build unpacked. The platform is one per
 * JVM, so this class runs in a JVM of its own (the {@code e2e-on-elasticsearch} Surefire execution), where the platform
 * is started for the server once it is up. Skipped with the reason where the server cannot start, except under
 * {@code CI=true}.
 */
class LongCaseDescriptionsOnElasticsearchEndToEndTest extends LongCaseDescriptions {

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
    ArchiveApi archive(String... roles) {
        return new ArchiveApi(platform.clientAs("440800", "440800", roles));
    }

    @Override
    AuditApi audit() {
        return new AuditApi(platform.client());
    }

    @Override
    String backendName() {
        return "elasticsearch";
    }
}
