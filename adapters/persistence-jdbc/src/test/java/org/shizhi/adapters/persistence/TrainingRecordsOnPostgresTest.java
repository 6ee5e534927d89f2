package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.TrainingRecords;
import org.shizhi.domain.grid.port.out.TrainingRecordsContract;

class TrainingRecordsOnPostgresTest extends TrainingRecordsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TrainingRecords emptyRecords() {
        db.clean();
        return db.database().trainingRecords();
    }
}
