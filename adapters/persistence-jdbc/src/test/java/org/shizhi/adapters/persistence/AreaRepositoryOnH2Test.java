package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.port.out.AreaRepositoryContract;

class AreaRepositoryOnH2Test extends AreaRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected AreaRepository emptyRepository() {
        db.clean();
        return db.database().areaRepository();
    }
}
