package org.shizhi.domain.programme.port.out;

class InMemoryProgrammeStorageTest extends ProgrammeStorageContract {

    @Override
    protected Storage storage() {
        return new InMemoryProgrammeStorage().storage();
    }
}
