package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyRecordsOnH2Test extends IdempotencyRecordsTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return db;
    }
}
