package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class DisputePageReadsOnH2Test extends DisputePageReadsTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
