package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyRecordsOnPostgresTest extends IdempotencyRecordsTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return db;
    }
}
