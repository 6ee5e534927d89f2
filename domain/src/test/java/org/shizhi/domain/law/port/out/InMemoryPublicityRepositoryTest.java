package org.shizhi.domain.law.port.out;

class InMemoryPublicityRepositoryTest extends PublicityRepositoryContract {

    @Override
    protected PublicityRepository emptyRepository() {
        return new InMemoryPublicityRepository();
    }
}
