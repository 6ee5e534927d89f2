package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.law.port.out.SupervisionRepository;
import org.shizhi.domain.law.port.out.SupervisionRepositoryContract;

class SupervisionRepositoryOnPostgresTest extends SupervisionRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected SupervisionRepository emptyRepository() {
        db.clean();
        return db.database().supervisionRepository();
    }
}
