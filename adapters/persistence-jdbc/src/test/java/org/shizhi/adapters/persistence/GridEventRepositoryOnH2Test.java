package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridEventRepositoryContract;

/** The events' contract, the case-archive outbox's included: both live in the same tables. */
class GridEventRepositoryOnH2Test extends GridEventRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected GridEventRepository emptyRepository() {
        db.clean();
        return db.database().gridEventRepository();
    }

    @Override
    protected CaseArchiveOutbox outboxOfTheSameStorage() {
        return db.database().caseArchiveOutbox();
    }
}
