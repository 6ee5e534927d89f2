package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.grid.port.out.RegisterRepositoryContract;

class RegisterRepositoryOnH2Test extends RegisterRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected RegisterRepository emptyRepository() {
        db.clean();
        return db.database().registerRepository();
    }
}
