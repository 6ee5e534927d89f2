package org.shizhi.domain.grid.port.out;

class InMemoryTrainingRecordsTest extends TrainingRecordsContract {

    @Override
    protected TrainingRecords emptyRecords() {
        return new InMemoryTrainingRecords();
    }
}
