package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.CaseRecordStoreContract;

class CaseRecordStoreOnPostgresTest extends CaseRecordStoreContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected CaseRecordStore emptyStore() {
        db.clean();
        return db.database().caseRecordStore();
    }
}
