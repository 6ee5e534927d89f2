package org.shizhi.domain.law.port.out;

class InMemoryPetitionRepositoryTest extends PetitionRepositoryContract {

    @Override
    protected PetitionRepository emptyRepository() {
        return new InMemoryPetitionRepository();
    }
}
