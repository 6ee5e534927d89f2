package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.grid.port.out.RegisterRepositoryContract;

class RegisterRepositoryOnPostgresTest extends RegisterRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected RegisterRepository emptyRepository() {
        db.clean();
        return db.database().registerRepository();
    }
}
