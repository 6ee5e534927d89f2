package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.SafetyStarRepositoryContract;
import org.shizhi.domain.campaign.port.out.SafetyStarRepository;

class SafetyStarRepositoryOnPostgresTest extends SafetyStarRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected SafetyStarRepository emptyRepository() {
        db.clean();
        return db.database().safetyStarRepository();
    }
}
