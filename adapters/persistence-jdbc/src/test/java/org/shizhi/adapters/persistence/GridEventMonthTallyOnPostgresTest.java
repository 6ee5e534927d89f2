package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class GridEventMonthTallyOnPostgresTest extends GridEventMonthTallyTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
