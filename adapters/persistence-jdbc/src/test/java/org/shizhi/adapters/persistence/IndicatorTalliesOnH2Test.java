package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class IndicatorTalliesOnH2Test extends IndicatorTalliesTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
