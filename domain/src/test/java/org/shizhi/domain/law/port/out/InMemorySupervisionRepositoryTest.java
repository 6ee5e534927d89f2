package org.shizhi.domain.law.port.out;

class InMemorySupervisionRepositoryTest extends SupervisionRepositoryContract {

    @Override
    protected SupervisionRepository emptyRepository() {
        return new InMemorySupervisionRepository();
    }
}
