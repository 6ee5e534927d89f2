package org.shizhi.domain.grid.port.out;

/** The in-memory repository's counting, as the contract wants it of every adapter. */
class InMemoryEventStateTalliesTest extends EventStateTalliesContract {

    private InMemoryGridEventRepository repository;

    @Override
    protected GridEventRepository emptyRepository() {
        repository = new InMemoryGridEventRepository();
        return repository;
    }

    @Override
    protected EventStateTallies talliesOfTheSameStorage() {
        return repository;
    }
}
