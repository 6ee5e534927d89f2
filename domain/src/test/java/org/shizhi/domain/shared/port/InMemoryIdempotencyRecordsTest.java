package org.shizhi.domain.shared.port;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    @Override
    protected IdempotencyRecords emptyRecords() {
        return new InMemoryIdempotencyRecords();
    }
}
