package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.consultation.port.out.StabilityRiskRepository;
import org.shizhi.domain.consultation.port.out.StabilityRiskRepositoryContract;

class StabilityRiskRepositoryOnPostgresTest extends StabilityRiskRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected StabilityRiskRepository emptyRepository() {
        db.clean();
        return db.database().stabilityRiskRepository();
    }
}
