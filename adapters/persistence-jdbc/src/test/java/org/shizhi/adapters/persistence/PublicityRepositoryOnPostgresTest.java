package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.law.port.out.PublicityRepository;
import org.shizhi.domain.law.port.out.PublicityRepositoryContract;

class PublicityRepositoryOnPostgresTest extends PublicityRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected PublicityRepository emptyRepository() {
        db.clean();
        return db.database().publicityRepository();
    }
}
