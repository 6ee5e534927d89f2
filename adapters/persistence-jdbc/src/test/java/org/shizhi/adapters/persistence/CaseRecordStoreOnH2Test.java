package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.CaseRecordStoreContract;

class CaseRecordStoreOnH2Test extends CaseRecordStoreContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected CaseRecordStore emptyStore() {
        db.clean();
        return db.database().caseRecordStore();
    }
}
