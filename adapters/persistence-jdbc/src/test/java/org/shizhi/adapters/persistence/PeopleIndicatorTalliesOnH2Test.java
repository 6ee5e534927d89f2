package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PeopleIndicatorTalliesOnH2Test extends PeopleIndicatorTalliesTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
