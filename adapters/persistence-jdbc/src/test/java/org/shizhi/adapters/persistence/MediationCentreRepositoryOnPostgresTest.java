package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.dispute.port.out.MediationCentreRepository;
import org.shizhi.domain.dispute.port.out.MediationCentreRepositoryContract;

class MediationCentreRepositoryOnPostgresTest extends MediationCentreRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected MediationCentreRepository emptyRepository() {
        db.clean();
        return db.database().mediationCentreRepository();
    }
}
