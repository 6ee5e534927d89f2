package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxBacklogsOnH2Test extends OutboxBacklogsTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return db;
    }
}
