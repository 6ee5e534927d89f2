package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.AuditLog;

class AuditLogOnH2Test extends AuditLogTamperingTests {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected AuditLog emptyLog() {
        db.clean();
        return db.database().auditLog();
    }

    @Override
    protected TestDatabase database() {
        return db;
    }
}
