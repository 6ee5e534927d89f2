package org.shizhi.domain.law.port.out;

class InMemoryRegulationRepositoryTest extends RegulationRepositoryContract {

    @Override
    protected RegulationRepository emptyRepository() {
        return new InMemoryRegulationRepository();
    }
}
