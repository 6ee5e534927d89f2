package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.dispute.port.out.DisputeArchiveOutbox;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.DisputeRepositoryContract;

/** The disputes' contract, the archive outbox and two concurrent conclusions on real threads included. */
class DisputeRepositoryOnH2Test extends DisputeRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected DisputeRepository emptyRepository() {
        db.clean();
        return db.database().disputeRepository();
    }

    @Override
    protected DisputeArchiveOutbox outboxOfTheSameStorage() {
        return db.database().disputeArchiveOutbox();
    }
}
