package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class GridEventMonthTallyOnH2Test extends GridEventMonthTallyTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
