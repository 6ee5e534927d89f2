package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.grid.port.out.GridRepositoryContract;

class GridRepositoryOnPostgresTest extends GridRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected GridRepository emptyRepository() {
        db.clean();
        return db.database().gridRepository();
    }
}
