package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.shared.port.IdempotencyRecords;
import org.shizhi.domain.shared.port.IdempotencyRecordsContract;

class IdempotencyRecordsOnH2Test extends IdempotencyRecordsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected IdempotencyRecords emptyRecords() {
        db.clean();
        return db.database().idempotencyRecords();
    }
}
