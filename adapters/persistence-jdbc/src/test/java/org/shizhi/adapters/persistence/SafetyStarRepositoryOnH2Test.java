package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.SafetyStarRepositoryContract;
import org.shizhi.domain.campaign.port.out.SafetyStarRepository;

class SafetyStarRepositoryOnH2Test extends SafetyStarRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected SafetyStarRepository emptyRepository() {
        db.clean();
        return db.database().safetyStarRepository();
    }
}
