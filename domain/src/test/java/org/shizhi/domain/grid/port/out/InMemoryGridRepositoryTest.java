package org.shizhi.domain.grid.port.out;

class InMemoryGridRepositoryTest extends GridRepositoryContract {

    @Override
    protected GridRepository emptyRepository() {
        return new InMemoryGridRepository();
    }
}
