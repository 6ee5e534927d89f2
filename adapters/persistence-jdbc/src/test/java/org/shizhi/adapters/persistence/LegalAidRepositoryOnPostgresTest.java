package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.law.port.out.LegalAidRepository;
import org.shizhi.domain.law.port.out.LegalAidRepositoryContract;

class LegalAidRepositoryOnPostgresTest extends LegalAidRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected LegalAidRepository emptyRepository() {
        db.clean();
        return db.database().legalAidRepository();
    }
}
