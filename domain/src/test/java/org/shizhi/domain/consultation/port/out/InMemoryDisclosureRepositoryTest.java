package org.shizhi.domain.consultation.port.out;

class InMemoryDisclosureRepositoryTest extends DisclosureRepositoryContract {

    @Override
    protected DisclosureRepository emptyRepository() {
        return new InMemoryDisclosureRepository();
    }
}
