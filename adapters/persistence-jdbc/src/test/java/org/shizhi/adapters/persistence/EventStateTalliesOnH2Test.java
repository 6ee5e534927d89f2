package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.EventStateTallies;
import org.shizhi.domain.grid.port.out.EventStateTalliesContract;
import org.shizhi.domain.grid.port.out.GridEventRepository;

/** Events by week, state and grade, counted in one grouped statement. */
class EventStateTalliesOnH2Test extends EventStateTalliesContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected GridEventRepository emptyRepository() {
        db.clean();
        return db.database().gridEventRepository();
    }

    @Override
    protected EventStateTallies talliesOfTheSameStorage() {
        return db.database().eventStateTallies();
    }
}
