package org.shizhi.domain.consultation.port.out;

class InMemoryCouncilRepositoryTest extends CouncilRepositoryContract {

    @Override
    protected CouncilRepository emptyRepository() {
        return new InMemoryCouncilRepository();
    }
}
