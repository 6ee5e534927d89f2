package org.shizhi.domain.grid.port.out;

class InMemoryRegisterRepositoryTest extends RegisterRepositoryContract {

    @Override
    protected RegisterRepository emptyRepository() {
        return new InMemoryRegisterRepository();
    }
}
