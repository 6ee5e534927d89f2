package org.shizhi.domain.consultation.port.out;

class InMemoryStabilityRiskRepositoryTest extends StabilityRiskRepositoryContract {

    @Override
    protected StabilityRiskRepository emptyRepository() {
        return new InMemoryStabilityRiskRepository();
    }
}
