package org.shizhi.client.e2e;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.AuditApi;

/** {@link LongCaseDescriptions} on the embedded default: the Lucene index. */
class LongCaseDescriptionsEndToEndTest extends LongCaseDescriptions {

    @RegisterExtension
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
        return "lucene";
    }
}
