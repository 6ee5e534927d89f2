package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.assessment.port.out.SupervisionTasksContract;

class SupervisionTasksOnH2Test extends SupervisionTasksContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected Stores emptyStores() {
        db.clean();
        return new Stores(db.database().assessmentResults(), db.database().notices(), db.database().supervisionTasks());
    }
}
