package org.shizhi.domain.dispute.port.out;

/** The in-memory double keeps the contract the adapters keep. */
class InMemoryDisputeRepositoryTest extends DisputeRepositoryContract {

    private InMemoryDisputeRepository storage;

    @Override
    protected DisputeRepository emptyRepository() {
        storage = new InMemoryDisputeRepository();
        return storage;
    }

    @Override
    protected DisputeArchiveOutbox outboxOfTheSameStorage() {
        return storage;
    }
}
