package org.shizhi.domain.grid.port.out;

class InMemoryGridEventRepositoryTest extends GridEventRepositoryContract {

    private InMemoryGridEventRepository last;

    @Override
    protected GridEventRepository emptyRepository() {
        last = new InMemoryGridEventRepository();
        return last;
    }

    @Override
    protected CaseArchiveOutbox outboxOfTheSameStorage() {
        return last;
    }
}
