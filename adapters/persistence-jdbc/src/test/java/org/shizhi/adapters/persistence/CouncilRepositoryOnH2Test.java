package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.consultation.port.out.CouncilRepository;
import org.shizhi.domain.consultation.port.out.CouncilRepositoryContract;

class CouncilRepositoryOnH2Test extends CouncilRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected CouncilRepository emptyRepository() {
        db.clean();
        return db.database().councilRepository();
    }
}
