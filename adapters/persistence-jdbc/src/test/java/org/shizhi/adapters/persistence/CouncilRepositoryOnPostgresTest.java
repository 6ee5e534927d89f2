package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.consultation.port.out.CouncilRepository;
import org.shizhi.domain.consultation.port.out.CouncilRepositoryContract;

class CouncilRepositoryOnPostgresTest extends CouncilRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected CouncilRepository emptyRepository() {
        db.clean();
        return db.database().councilRepository();
    }
}
