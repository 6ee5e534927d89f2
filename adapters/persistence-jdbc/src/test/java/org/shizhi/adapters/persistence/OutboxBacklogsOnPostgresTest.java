package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxBacklogsOnPostgresTest extends OutboxBacklogsTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return db;
    }
}
