package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridEventRepositoryContract;

/** The events' contract with duplicate checks answered from memory, as on PostgreSQL declared single-instance. */
class RecentOpenEventsInMemoryOnPostgresTest extends GridEventRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected GridEventRepository emptyRepository() {
        db.clean();
        return new RecentOpenEventsInMemory(db.database().gridEventRepository(), 64L << 20);
    }

    @Override
    protected CaseArchiveOutbox outboxOfTheSameStorage() {
        return db.database().caseArchiveOutbox();
    }
}
