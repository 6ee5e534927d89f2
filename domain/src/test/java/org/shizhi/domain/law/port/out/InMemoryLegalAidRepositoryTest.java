package org.shizhi.domain.law.port.out;

class InMemoryLegalAidRepositoryTest extends LegalAidRepositoryContract {

    @Override
    protected LegalAidRepository emptyRepository() {
        return new InMemoryLegalAidRepository();
    }
}
