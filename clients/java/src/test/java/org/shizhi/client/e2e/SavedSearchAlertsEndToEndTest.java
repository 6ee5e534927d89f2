package org.shizhi.client.e2e;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiClient;

/** {@link SavedSearchAlerts} on the embedded default: Lucene's monitor. */
class SavedSearchAlertsEndToEndTest extends SavedSearchAlerts {

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("440800", "440800", "AUDITOR");

    @Override
    ApiClient clientAs(String subject, String jurisdiction, String... roles) {
        return platform.clientAsSubject(subject, "440800", jurisdiction, roles);
    }

    @Override
    String backendName() {
        return "lucene";
    }
}
