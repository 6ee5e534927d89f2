package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.grid.port.out.TrainingRecords;
import org.shizhi.domain.grid.port.out.TrainingRecordsContract;

class TrainingRecordsOnH2Test extends TrainingRecordsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TrainingRecords emptyRecords() {
        db.clean();
        return db.database().trainingRecords();
    }
}
