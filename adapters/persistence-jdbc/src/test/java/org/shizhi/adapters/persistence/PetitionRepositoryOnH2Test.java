package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.law.port.out.PetitionRepository;
import org.shizhi.domain.law.port.out.PetitionRepositoryContract;

class PetitionRepositoryOnH2Test extends PetitionRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected PetitionRepository emptyRepository() {
        db.clean();
        return db.database().petitionRepository();
    }
}
