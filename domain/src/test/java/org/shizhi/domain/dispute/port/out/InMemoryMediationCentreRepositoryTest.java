package org.shizhi.domain.dispute.port.out;

class InMemoryMediationCentreRepositoryTest extends MediationCentreRepositoryContract {

    @Override
    protected MediationCentreRepository emptyRepository() {
        return new InMemoryMediationCentreRepository();
    }
}
