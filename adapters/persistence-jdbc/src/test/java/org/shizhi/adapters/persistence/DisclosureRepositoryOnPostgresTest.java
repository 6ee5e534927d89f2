package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.consultation.port.out.DisclosureRepository;
import org.shizhi.domain.consultation.port.out.DisclosureRepositoryContract;

class DisclosureRepositoryOnPostgresTest extends DisclosureRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected DisclosureRepository emptyRepository() {
        db.clean();
        return db.database().disclosureRepository();
    }
}
