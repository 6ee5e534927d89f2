package org.shizhi.domain.grid.port.out;

class InMemoryAreaRepositoryTest extends AreaRepositoryContract {

    @Override
    protected AreaRepository emptyRepository() {
        return new InMemoryAreaRepository();
    }
}
