package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.law.port.out.PublicityRepository;
import org.shizhi.domain.law.port.out.PublicityRepositoryContract;

class PublicityRepositoryOnH2Test extends PublicityRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected PublicityRepository emptyRepository() {
        db.clean();
        return db.database().publicityRepository();
    }
}
