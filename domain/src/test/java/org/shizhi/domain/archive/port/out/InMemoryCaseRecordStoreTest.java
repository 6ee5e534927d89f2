package org.shizhi.domain.archive.port.out;

class InMemoryCaseRecordStoreTest extends CaseRecordStoreContract {

    @Override
    protected CaseRecordStore emptyStore() {
        return new InMemoryCaseRecordStore();
    }
}
